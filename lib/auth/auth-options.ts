import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { decodeSessionToken } from "./decode-session-token";
import { clientAddress } from "./client-address";
import { endSession } from "./end-session";
import { loadActor } from "./load-actor";
import { sessionOutlived } from "./session-lifetime";
import { verifyCredentials } from "./verify-credentials";

const SESSION_OVER = "SESSION_OVER";

/** A session unused for this long ends (each use extends it, next-auth's rolling cookie). */
export const SESSION_MAX_AGE = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  // The same decode the proxy and the pages use (the derived key is kept, not re-derived).
  jwt: { maxAge: SESSION_MAX_AGE, decode: decodeSessionToken },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { loginName: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await verifyCredentials(credentials?.loginName ?? "", credentials?.password ?? "", clientAddress(req?.headers));
        if (!result.ok) {
          // next-auth passes the message to the client as `error`; it is a code, never a secret.
          const r = result.refusal;
          throw new Error(r.code === "THROTTLED" ? `THROTTLED:${r.seconds}` : r.code);
        }
        const u = result.user;
        return { id: String(u.id), name: u.displayName, loginName: u.loginName, role: u.role, departmentId: u.departmentId, sessionVersion: u.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.departmentId = user.departmentId;
        token.loginName = user.loginName;
        token.sv = user.sessionVersion;
        token.sid = randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
        return token;
      }
      // A session read back through next-auth's own route (/api/auth/session), which would answer
      // with the user and a renewed cookie: refused as every page refuses it (signed out, past its
      // lifetime, the user disabled or their password changed). next-auth then clears the cookie.
      if (sessionOutlived(token.signedInAt) || typeof token.uid !== "number") throw new Error(SESSION_OVER);
      let actor;
      try {
        actor = await loadActor(token.uid, token.sv ?? 0, token.sid);
      } catch (error) {
        // The database did not answer: not a reason to sign the user out (every page checks the
        // session again); the token is returned as it is.
        console.error("[auth] session check failed", error);
        return token;
      }
      if (!actor) throw new Error(SESSION_OVER);
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? "",
        loginName: token.loginName,
        role: token.role,
        departmentId: token.departmentId,
      };
      return session;
    },
  },
  events: {
    // The browser forgets its cookie; this makes any other copy of it worthless too.
    async signOut({ token }) {
      if (token) await endSession(token);
    },
  },
  logger: {
    // next-auth logs failed authorize() calls as errors with the request body in some versions;
    // keep only the code so a password can never reach the logs.
    error(code, metadata) {
      // A refused sign-in, or a session read back after it ended (jwt callback): expected, not errors.
      if (code === "CREDENTIALS_SIGNIN") return;
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_OVER) return;
      console.error(`[next-auth] ${code}`);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};
