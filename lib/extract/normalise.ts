// Normalisation of PDF/DOCX-extracted report text.
//
// PDF extraction breaks sentences at every line end and page end (a page break shows up
// as an empty line in the middle of a sentence), bulletins prepend a table of contents
// and append news items. The normalised text keeps only the report itself, one paragraph
// per line, with the report's own characters (including spaces inside "5 - 8 个")
// untouched. All commitment offsets refer to this text.

import type { Span } from "./types";

export interface NormalisedText {
  text: string;
  paragraphs: Span[];
  /** Index (into paragraphs) of the salutation "各位代表：", or -1 when there is none. */
  salutationIndex: number;
}

const PART_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)/;
/** "第二部分" on a line of its own: its title stands on the next line. */
const BARE_PART_MARKER = /^第[一二三四五六七八九十]{1,3}部分[、：:．.]?$/;
const SECTION_HEADING = /^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]/;
const SALUTATION = /^各位(?:代表|委员)/;
const TOC_LINE = /(?:\.{3,}|…{2,}|·{3,}|-{4,})\s*\d*\s*$|\t\s*\d{1,3}\s*$|^目\s*录/;
const PAGE_NUMBER_LINE = /^[-—–\s]*(?:第\s*)?\d{1,3}\s*(?:页)?[-—–\s]*$/;
/** Column banners of a bulletin: "特 别 关 注", "◆◆◆ 时 政 ◆◆◆". */
const BANNER_LINE = /^(?:[◆■●★※]{2,}.*|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,7}|【[^】]{2,10}】)$/;
/** A news item: "<headline> 1月10日，…" or a paragraph opening with its dateline. */
const NEWS_DATELINE =
  /^(?:\S[^，。；]{3,60}?\s+)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*至\s*\d{1,2}\s*日)?\s*[，,]/;
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const SENTENCE_END = /[。！？!?：:…]$/;
const CLOSING_MARKS = /[”’」』）)》\s]+$/;

function cleanLine(line: string): string {
  return line
    .replace(/[\u00a0\u3000\u2002\u2003\u2009\ufeff]/g, " ")
    // Full-width digits and Latin letters ("２０２３") read as their ASCII forms.
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .trim();
}

/**
 * Running headers and footers of a PDF ("洛阳政报", "政府工作报告" on every page) are short
 * lines without punctuation that recur; inside the body they would be glued into sentences.
 */
function findRunningHeaders(lines: string[], from: number, to: number): Set<string> {
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line === "" || line.length > 30 || /[，。；：！？,;:!?]/.test(line)) continue;
    if (PART_HEADING.test(line) || SECTION_HEADING.test(line)) continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([line]) => line));
}

function endsParagraph(buffer: string): boolean {
  const core = buffer.replace(CLOSING_MARKS, "");
  return SENTENCE_END.test(core);
}

/** A heading standing on its own line, e.g. Beijing's "（一）充分发挥…取得新突破". */
function isStandaloneHeading(buffer: string): boolean {
  if (!PART_HEADING.test(buffer) && !SECTION_HEADING.test(buffer)) return false;
  return buffer.length <= 80 && !/[。！？；]/.test(buffer);
}

/** A short line without punctuation: the rest of a heading cut by a page break. */
function isHeadingFragment(line: string): boolean {
  return line.length <= 30 && !/[，,。；;：:！？!?]/.test(line);
}

/**
 * Whether a heading without its full stop goes on in `line`. When the report ends its
 * section headings with a full stop ("（一）…稳中有进。抢抓机遇…"), one without a stop was
 * cut by a line or page break. Otherwise only a page break followed by a short fragment
 * ("…在重点领域和关键" ⏎⏎ "环节取得新突破") is taken as the heading's rest.
 */
function headingContinues(buffer: string, line: string, afterBreak: boolean, headingsEndWithStop: boolean): boolean {
  if (BARE_PART_MARKER.test(buffer)) return false;
  if (SECTION_HEADING.test(buffer) && headingsEndWithStop) {
    const stop = (buffer + line).search(/[。！？]/);
    return stop >= 0 && stop <= 80;
  }
  return afterBreak && isHeadingFragment(line) && buffer.length + line.length <= 80;
}

/** Whether most section headings of the text end with a full stop on their own line. */
function sectionHeadingsEndWithStop(lines: string[], from: number, to: number): boolean {
  let withStop = 0;
  let without = 0;
  for (let i = from; i < to; i++) {
    if (!SECTION_HEADING.test(lines[i])) continue;
    if (/[。！？]/.test(lines[i].slice(0, 80))) withStop++;
    else without++;
  }
  return withStop > without;
}

/** Title and dateline lines stand alone even when no salutation marks the front matter. */
function isFrontMatterLine(buffer: string): boolean {
  return isTitleLine(buffer) || (buffer.startsWith("——") && buffer.length < 80 && DATE.test(buffer));
}

function startsNewBlock(line: string): boolean {
  return PART_HEADING.test(line) || SECTION_HEADING.test(line) || SALUTATION.test(line);
}

/** "政府工作报告", "2025年北京市政府工作报告", "政府工作报告（节选）": short, or without sentence marks. */
function isTitleLine(line: string): boolean {
  if (!line.includes("政府工作报告") || TOC_LINE.test(line)) return false;
  return line.length <= 40 || (line.length <= 100 && !/[，,。；;！？!?]/.test(line));
}

/** Where the report begins: its title line above the salutation, else the best guess. */
function findBodyStart(lines: string[]): { start: number; salutation: number } {
  const salutation = lines.findIndex((l) => SALUTATION.test(l));
  if (salutation >= 0) {
    let nonEmptySeen = 0;
    for (let i = salutation - 1; i >= 0 && nonEmptySeen < 8; i--) {
      if (lines[i] === "") continue;
      nonEmptySeen++;
      if (TOC_LINE.test(lines[i])) break;
      if (isTitleLine(lines[i])) return { start: i, salutation };
    }
    // No title: keep the block of lines directly above the salutation (dateline, speaker).
    let start = salutation;
    while (start > 0 && lines[start - 1] !== "" && !TOC_LINE.test(lines[start - 1])) start--;
    return { start, salutation };
  }
  const title = lines.findIndex(isTitleLine);
  if (title >= 0) return { start: title, salutation: -1 };
  const part = lines.findIndex((l) => PART_HEADING.test(l) && !TOC_LINE.test(l));
  return { start: Math.max(part, 0), salutation: -1 };
}

/** First line after the report's last part where bulletin material (news) begins. */
function findBodyEnd(lines: string[], from: number): number {
  let seenPart = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    if (PART_HEADING.test(line)) seenPart = true;
    if (!seenPart) continue;
    if (BANNER_LINE.test(line) || NEWS_DATELINE.test(line)) return i;
  }
  return lines.length;
}

export function normaliseReportText(raw: string): NormalisedText {
  const lines = raw
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n\n")
    .split("\n")
    .map(cleanLine);

  const { start, salutation } = findBodyStart(lines);
  const end = findBodyEnd(lines, Math.max(salutation, start));

  const runningHeaders = findRunningHeaders(lines, start, end);
  const headingsEndWithStop = sectionHeadingsEndWithStop(lines, start, end);
  const paragraphs: string[] = [];
  let salutationIndex = -1;
  let buffer = "";
  // Set by an empty line, a page number or a running header: a page break.
  let afterBreak = false;
  const flush = () => {
    if (buffer !== "") paragraphs.push(buffer);
    buffer = "";
  };
  // The line below a bare "第二部分" is that part's title and stands alone.
  const isPartTitle = () =>
    paragraphs.length > 0 &&
    BARE_PART_MARKER.test(paragraphs[paragraphs.length - 1]) &&
    buffer.length <= 40 &&
    !/[。！？；]/.test(buffer);

  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (line === "" || TOC_LINE.test(line) || PAGE_NUMBER_LINE.test(line) || (i > start && runningHeaders.has(line))) {
      afterBreak = true;
      continue;
    }
    const inFrontMatter = salutation >= 0 && i < salutation;
    const standalone = isStandaloneHeading(buffer) || isPartTitle();
    const joins =
      buffer !== "" &&
      !inFrontMatter &&
      !startsNewBlock(line) &&
      (standalone
        ? isStandaloneHeading(buffer) && headingContinues(buffer, line, afterBreak, headingsEndWithStop)
        : !isFrontMatterLine(buffer) && !endsParagraph(buffer));
    afterBreak = false;
    if (joins) {
      // A line or page break inside a sentence: glue the pieces back together. Only two
      // Latin letters need a space between them (a word split across lines).
      const glue = /[A-Za-z]$/.test(buffer) && /^[A-Za-z]/.test(line) ? " " : "";
      buffer += glue + line;
    } else {
      flush();
      if (i === salutation) salutationIndex = paragraphs.length;
      buffer = line;
    }
  }
  flush();

  const spans: Span[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length + 1;
  }
  return { text: paragraphs.join("\n"), paragraphs: spans, salutationIndex };
}
