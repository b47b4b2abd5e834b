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
  style: "plain" | "bufen";
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

/** "二、2023年主要目标任务" or "第二部分 2023年工作安排" (also "第二部分" alone, title below). */
const PART_HEADING = /^(?:([一二三四五六七八九十]{1,3})、|第([一二三四五六七八九十]{1,3})部分[、：:．.]?)\s*/;
const SECTION_HEADING = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/;
/** Inside a "第N部分" layout the sections may be numbered "一、二、…". */
const PLAIN_SECTION_HEADING = /^([一二三四五六七八九十]{1,3})、\s*/;
const MAX_TITLE = 40;

/** Heading title: the text up to the first full stop, or the whole (short) paragraph. */
function headingTitle(text: string): { title: string; length: number } {
  const stop = text.search(/[。！？]/);
  const title = stop >= 0 ? text.slice(0, stop) : text;
  return { title: title.trim(), length: stop >= 0 ? stop + 1 : text.length };
}

interface PartCandidate {
  n: number;
  numeral: string;
  /** "plain" for "二、", "bufen" for "第二部分". */
  style: "plain" | "bufen";
  title: string;
  start: number;
  headingEnd: number;
}

function partCandidates(text: string, paragraphs: Span[]): PartCandidate[] {
  const out: PartCandidate[] = [];
  paragraphs.forEach((p, i) => {
    const para = text.slice(p.start, p.end);
    const m = PART_HEADING.exec(para);
    if (!m) return;
    const numeral = m[1] ?? m[2];
    const style = m[1] ? "plain" : "bufen";
    const rest = para.slice(m[0].length);
    const heading = headingTitle(rest);
    let title = heading.title;
    let headingEnd = p.start + m[0].length + heading.length;
    const next = paragraphs[i + 1];
    if (style === "bufen" && rest.trim() === "" && next) {
      // "第二部分" on a line of its own: the title is the short line below it.
      const below = text.slice(next.start, next.end);
      if (below.length > MAX_TITLE || /[。！？；]/.test(below) || PART_HEADING.test(below) || SECTION_HEADING.test(below)) return;
      title = below.trim();
      headingEnd = next.end;
    }
    // A part heading is a short title, not a long paragraph that happens to open with "一、".
    if (title.length === 0 || title.length > MAX_TITLE) return;
    out.push({ n: numeralToInt(numeral), numeral, style, title, start: p.start, headingEnd });
  });
  return out;
}

/**
 * Parts are numbered in order (一, 二, 三 …), but an excerpt may begin at any part
 * ("二、…", "三、…"). Of the runs of consecutive numerals, the "第N部分" layout wins
 * (its sections may then be numbered "一、"), then a run from 一 (a full report), then the
 * longest run (an excerpt).
 */
export function findParts(text: string, paragraphs: Span[]): Part[] {
  const candidates = partCandidates(text, paragraphs);
  let best: PartCandidate[] = [];
  const rank = (run: PartCandidate[]) =>
    run.length === 0 ? [-1, 0, 0] : [run[0].style === "bufen" ? 1 : 0, run[0].n === 1 ? 1 : 0, run.length];
  const better = (a: PartCandidate[], b: PartCandidate[]) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k] > rb[k];
    return false;
  };
  const startsTried = new Set<PartCandidate>();
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i];
    if (startsTried.has(first)) continue;
    const run = [first];
    for (let j = i + 1; j < candidates.length; j++) {
      const c = candidates[j];
      const last = run[run.length - 1];
      if (c.style === last.style && c.n === last.n + 1) {
        run.push(c);
        // A run that continues through c already covers every run starting at c.
        startsTried.add(c);
      }
    }
    if (better(run, best)) best = run;
  }
  const parts: Part[] = best.map((c) => ({
    numeral: c.numeral,
    title: c.title,
    start: c.start,
    end: text.length,
    headingEnd: c.headingEnd,
    style: c.style,
  }));
  for (let i = 0; i + 1 < parts.length; i++) parts[i].end = parts[i + 1].start - 1;
  return parts;
}

export function findSections(text: string, paragraphs: Span[], part: Part): Section[] {
  if (part.style === "bufen") {
    const plain = sectionsWith(text, paragraphs, part, PLAIN_SECTION_HEADING);
    if (plain.length > 0) return plain;
  }
  return sectionsWith(text, paragraphs, part, SECTION_HEADING);
}

function sectionsWith(text: string, paragraphs: Span[], part: Part, heading: RegExp): Section[] {
  const sections: Section[] = [];
  for (const p of paragraphs) {
    if (p.start < part.headingEnd || p.start >= part.end) continue;
    const para = text.slice(p.start, p.end);
    const m = heading.exec(para);
    // Numbered on from the first heading found: usually （一）, but a chapter pasted alone may
    // start at （三）, and its sections are still sections (the quotes' bounds rely on them).
    const first = sections.length === 0 ? null : numeralToInt(sections[0].numeral);
    if (!m || (first !== null && numeralToInt(m[1]) !== first + sections.length)) continue;
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
