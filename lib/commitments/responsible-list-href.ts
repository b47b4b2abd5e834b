import { filtersToQuery } from "./filters";

/**
 * The commitment list of what an official still answers for: the open commitments they are the
 * responsible official of. Where an admin goes from a refusal to disable them, or from the
 * question before it.
 */
export function responsibleListHref(userId: number): string {
  return `/commitments${filtersToQuery({ responsible: userId, open: "1" })}`;
}
