import "server-only";
import { cache } from "react";
import { recordRefusal } from "./record-audit-events";

/** Longer paths are cut: a path is a record's name here, not a place to store what was sent. */
const PATH_LIMIT = 200;

/**
 * A page or download refused to someone signed in, as actions refused are (record-refused-action.ts):
 * access.denied when their role may not open it (the page answers "not found" all the same, so its
 * existence is not revealed), access.notFound when the record named is not there for them (another
 * department's evidence file). Filed under the path asked for — never its query, which can hold
 * words typed into a search. In a transaction of its own; never throws (a failure is logged).
 *
 * Cached per request (by value: hence the id, not the actor): a page's metadata and its body both
 * check the caller, one refusal is one event.
 */
export const recordAccessRefused = cache(async (actorId: number, path: string, refusal: "denied" | "notFound"): Promise<void> => {
  const action = refusal === "denied" ? "access.denied" : "access.notFound";
  const pathname = path.split(/[?#]/, 1)[0].slice(0, PATH_LIMIT);
  await recordRefusal(actorId, [{ action, entity: "Page", entityId: pathname, after: {} }], `${action} of ${pathname}`);
});
