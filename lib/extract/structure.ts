// Report structure: parts (一、二、三…), sections (（一）…（十）) and theme sentences.
//
// Numbering must run in order (一, 二, 三 …) so that a stray "二、" inside a paragraph or
// a list item cannot be mistaken for a heading.

import { sentencesOf } from "./clauses";
import { numeralToInt } from "./numbers";
import type { Span } from "./types";

export interface Part extends Span {
  numeral: string;
  title: string;
  headingEnd: number;
}

export interface Section extends Span {
  part: string;
  numeral: string;
  title: string;
  /** Where the section's own text begins (after its heading sentence). */
  bodyStart: number;
}

export interface Theme extends Span {
  text: string;
}

const PART_HEADING = /^([一二三四五六七八九十]{1,3})、\s*/;
const SECTION_HEADING = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/;

/** Heading title: the text up to the first full stop, or the whole (short) paragraph. */
function headingTitle(text: string): { title: string; length: number } {
  const stop = text.search(/[。！？]/);
  const title = stop >= 0 ? text.slice(0, stop) : text;
  return { title: title.trim(), length: stop >= 0 ? stop + 1 : text.length };
}

export function findParts(text: string, paragraphs: Span[]): Part[] {
  const parts: Part[] = [];
  for (const p of paragraphs) {
    const para = text.slice(p.start, p.end);
    const m = PART_HEADING.exec(para);
    if (!m || numeralToInt(m[1]) !== parts.length + 1) continue;
    const rest = para.slice(m[0].length);
    const { title, length } = headingTitle(rest);
    // A part heading is a short title, not a long paragraph that happens to open with "一、".
    if (title.length === 0 || title.length > 40) continue;
    parts.push({ numeral: m[1], title, start: p.start, end: text.length, headingEnd: p.start + m[0].length + length });
  }
  for (let i = 0; i + 1 < parts.length; i++) parts[i].end = parts[i + 1].start - 1;
  return parts;
}

export function findSections(text: string, paragraphs: Span[], part: Part): Section[] {
  const sections: Section[] = [];
  for (const p of paragraphs) {
    if (p.start < part.headingEnd || p.start >= part.end) continue;
    const para = text.slice(p.start, p.end);
    const m = SECTION_HEADING.exec(para);
    if (!m || numeralToInt(m[1]) !== sections.length + 1) continue;
    const { title, length } = headingTitle(para.slice(m[0].length));
    sections.push({
      part: part.numeral,
      numeral: m[1],
      title,
      start: p.start,
      end: part.end,
      bodyStart: p.start + m[0].length + length,
    });
  }
  for (let i = 0; i + 1 < sections.length; i++) sections[i].end = sections[i + 1].start - 1;
  return sections;
}

/**
 * A theme sentence names a line of work and opens a run of sentences that implement it:
 * short, no comma or number ("开展重大项目建设攻坚行动。", "深入推进“治、建、调”并举。").
 */
function looksLikeTheme(sentence: string): boolean {
  const core = sentence.replace(/[。！？]$/, "");
  if (core.length < 4 || core.length > 24) return false;
  if (/[，,；;：:\d]/.test(core)) return false;
  const outsideQuotes = core.replace(/“[^”]*”|《[^》]*》|「[^」]*」/g, "");
  return !/、/.test(outsideQuotes);
}

interface SentenceRef extends Span {
  text: string;
  paragraph: number;
}

function sentencesIn(text: string, from: number, to: number, paragraphs: Span[]): SentenceRef[] {
  const out: SentenceRef[] = [];
  paragraphs.forEach((p, paragraph) => {
    const start = Math.max(p.start, from);
    const end = Math.min(p.end, to);
    if (start >= end) return;
    for (const s of sentencesOf(text.slice(start, end), start)) out.push({ ...s, paragraph });
  });
  return out;
}

export function findThemes(text: string, paragraphs: Span[], section: Section): Theme[] {
  const sentences = sentencesIn(text, section.bodyStart, section.end, paragraphs);
  const themes: Theme[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const next = sentences[i + 1];
    // A theme opens a run of work, so something must follow it.
    if (!next || !looksLikeTheme(s.text)) continue;
    const opensParagraph = i === 0 || sentences[i - 1].paragraph !== s.paragraph;
    if (looksLikeTheme(next.text)) {
      // Two short sentences in a row: the one opening a paragraph is the theme
      // ("加快构建现代化首都都市圈。编制出台…规划。"); otherwise neither is.
      if (!opensParagraph) continue;
      i++;
    }
    themes.push({ text: s.text.replace(/[。！？]$/, ""), start: s.start, end: s.end });
  }
  return themes;
}
