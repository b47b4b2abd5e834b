/**
 * A list of choices this long or longer gets a filter box: eight fit the list's box without
 * scrolling, and with fewer a filter is one more thing to Tab past.
 */
export const FILTER_FROM = 9;

/**
 * The choices whose name has every word typed (spaces part words: "农业 局"), whatever their
 * case; everything while nothing is typed. The text is the reader's, so no word is special.
 */
export function matchingChoices<T extends { label: string }>(items: readonly T[], typed: string): T[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const label = item.label.toLowerCase();
    return words.every((word) => label.includes(word));
  });
}

/** The choices after one is ticked or unticked: a tick never drops another, an untick only that one. */
export function toggled(chosen: readonly number[], id: number, on: boolean): number[] {
  const rest = chosen.filter((c) => c !== id);
  return on ? [...rest, id] : rest;
}
