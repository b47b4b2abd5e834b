/**
 * Where the browser's selection lies in the report's text, as offsets into it: the text pane
 * (ReportText) renders each line as a paragraph `p-<its start>` whose text is exactly that line,
 * cut into highlighted and plain runs, so a point's offset is its paragraph's start plus the
 * characters before it in that paragraph, whatever runs they fall in. Null when nothing is
 * selected; "outside" when either end is not in `pane`.
 */
export function selectionOffsets(selection: Selection | null, pane: HTMLElement): { start: number; end: number } | "outside" | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return "outside";
  const paragraphs = [...pane.querySelectorAll<HTMLElement>("p[id^='p-']")];
  const start = pointOffset(range.startContainer, range.startOffset, paragraphs, "start");
  const end = pointOffset(range.endContainer, range.endOffset, paragraphs, "end");
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

const paragraphStart = (p: HTMLElement) => Number(p.id.slice(2));

function pointOffset(node: Node, offset: number, paragraphs: HTMLElement[], side: "start" | "end"): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = paragraphs.find((p) => p.contains(element));
  if (paragraph) {
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    return paragraphStart(paragraph) + before.toString().length;
  }
  // Between paragraphs (a selection dragged past a line's end): the next one's start, or the
  // previous one's end.
  const point = document.createRange();
  point.setStart(node, offset);
  if (side === "start") {
    const next = paragraphs.find((p) => point.comparePoint(p, 0) >= 0);
    return next ? paragraphStart(next) : null;
  }
  const previous = paragraphs.findLast((p) => point.comparePoint(p, p.childNodes.length) <= 0);
  return previous ? paragraphStart(previous) + (previous.textContent ?? "").length : null;
}
