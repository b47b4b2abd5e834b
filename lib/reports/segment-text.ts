export interface Highlight {
  start: number;
  end: number;
  id: string;
}

export type Segment = { text: string; highlightId: string | null };

/**
 * Splits a report into paragraphs (by line) and each paragraph into plain and highlighted runs.
 * Overlapping highlights are clipped to the first one, so every character is rendered once.
 */
export function segmentParagraphs(text: string, highlights: Highlight[]): { start: number; segments: Segment[] }[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs: { start: number; segments: Segment[] }[] = [];
  let offset = 0;
  let h = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    if (!line.trim()) continue;
    const segments: Segment[] = [];
    let cursor = lineStart;
    while (h < sorted.length && sorted[h].end <= lineStart) h++;
    for (let i = h; i < sorted.length && sorted[i].start < lineEnd; i++) {
      const s = Math.max(sorted[i].start, cursor, lineStart);
      const e = Math.min(sorted[i].end, lineEnd);
      if (e <= s) continue;
      if (s > cursor) segments.push({ text: text.slice(cursor, s), highlightId: null });
      segments.push({ text: text.slice(s, e), highlightId: sorted[i].id });
      cursor = e;
    }
    if (cursor < lineEnd) segments.push({ text: text.slice(cursor, lineEnd), highlightId: null });
    paragraphs.push({ start: lineStart, segments });
  }
  return paragraphs;
}
