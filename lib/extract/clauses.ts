// Splits paragraphs into sentences and sentences into clauses, keeping offsets.

import type { Span } from "./types";

export interface Piece extends Span {
  text: string;
}

function split(text: string, offset: number, re: RegExp): Piece[] {
  const out: Piece[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    if (raw.trim() === "") continue;
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    out.push({ text: body, start: offset + m.index + lead, end: offset + m.index + lead + body.length });
  }
  return out;
}

/** Sentences end with 。！？ (the mark stays with its sentence). */
export function sentencesOf(text: string, offset: number): Piece[] {
  return split(text, offset, /[^。！？!?]+[。！？!?]?/g);
}

/** Clauses are separated by ，；： (the separator is left out of the clause). */
export function clausesOf(sentence: Piece): Piece[] {
  return split(sentence.text.replace(/[。！？!?]$/, ""), sentence.start, /[^，,；;：:]+/g);
}
