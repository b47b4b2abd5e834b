import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import type { Actor } from "./actor";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { loadActor } from "./load-actor";

// Every page asks who is signed in: at an unchanged database snapshot the answer is unchanged.
const loadActorCached = snapshotCached(loadActor, { max: 2000 });

/**
 * The signed-in user, re-read from the database once per request: a user disabled, moved to
 * another department or given another role after signing in is treated as they are now, not as
 * their session cookie remembers them; a session from before a password reset or change is over.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? loadActorCached(id, session.user.sessionVersion) : null;
});
