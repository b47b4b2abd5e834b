/**
 * A search text as a LIKE/ILIKE "contains" pattern: its own `%`, `_` and `\` are searched for as
 * text (login names and codes contain "_"), not as wildcards.
 */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** For Prisma's `contains`, which adds the `%` itself but leaves the text's wildcards live. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
