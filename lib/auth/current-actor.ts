import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { Actor } from "./actor";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { decodeSessionToken } from "./decode-session-token";
import { loadActor } from "./load-actor";
import { sessionOutlived } from "./session-lifetime";

// Every page asks who is signed in: at an unchanged database snapshot the answer is unchanged.
const loadActorCached = snapshotCached(loadActor, { max: 2000 });

/**
 * The signed-in user, re-read from the database once per request: a user disabled, moved to
 * another department or given another role after signing in is treated as they are now, not as
 * their session cookie remembers them; a session from before a password reset or change, one
 * signed out (a copy of its cookie) or one past its lifetime is over.
 *
 * The session cookie is decoded directly rather than through getServerSession, which runs
 * next-auth's whole session route — decode, callbacks and a fresh encode of the token that a
 * server component cannot even set — on every page and action.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  // The cookie alone, as getServerSession read it: no bearer token from an Authorization header.
  const req = { cookies: await cookies(), headers: new Headers() } as unknown as NextRequest;
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET, decode: decodeSessionToken });
  const id = token?.uid;
  if (typeof id !== "number" || sessionOutlived(token?.signedInAt)) return null;
  // Sessions from before session versions existed carry none: they were signed in at 0.
  return loadActorCached(id, token?.sv ?? 0, token?.sid);
});
