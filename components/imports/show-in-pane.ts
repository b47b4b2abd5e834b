/**
 * Scrolls the report's pane, not the page, to a candidate's sentence (its highlight, `id`) when it
 * is out of the pane's sight: the list and the text scroll apart, and a row edited far down the
 * list is checked against its sentence. The pane's own sticky bar (`data-pane-bar`: adding from
 * the selection) covers its top, so the sentence is brought below it, a third of the way down.
 */
export function showInPane(pane: HTMLElement | null, id: string) {
  const mark = pane?.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!pane || !mark) return;
  const seen = pane.getBoundingClientRect();
  const box = mark.getBoundingClientRect();
  const covered = pane.querySelector<HTMLElement>("[data-pane-bar]")?.offsetHeight ?? 0;
  if (box.top >= seen.top + covered && box.bottom <= seen.bottom) return;
  pane.scrollTop += box.top - seen.top - covered - (pane.clientHeight - covered) / 3;
}
