import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    loginName: string;
    role: Role;
    departmentId: number | null;
    sessionVersion: number;
  }
  interface Session {
    // No session version here: only the server compares it (the token's `sv`, load-actor.ts).
    user: { id: number; name: string; loginName: string; role: Role; departmentId: number | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    loginName: string;
    role: Role;
    departmentId: number | null;
    /** The user's sessionVersion at sign-in (lib/auth/load-actor.ts). */
    sv?: number;
    /** This session's id, given at sign-in: refused once the session is signed out (EndedSession). */
    sid?: string;
    /** When this session signed in (seconds since the epoch): no session outlives SESSION_LIFETIME. */
    signedInAt?: number;
  }
}
