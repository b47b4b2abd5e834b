// Who issued the report: the government its speaker speaks for ("我代表北京市人民政府"). A city's
// report often names it by its level only ("我代表市人民政府"): its place is then read from the
// report's own heading (title, dateline, byline), never guessed from the rest of the text.

import { normaliseReportText } from "./normalise";
import type { Span } from "./types";

const SPEAKER = /我代表([^，,。]{2,20}?)[，,]/;
/** How far into the report the speaker is looked for: the opening paragraph, not a quote further on. */
const SPEAKER_WITHIN = 2000;
/** "市人民政府", "县政府": a government named by its level alone. */
const BY_LEVEL = /^([省市县区州旗])((?:人民)?政府)$/;
const LEVEL_FIRST = /^[省市县区州旗]/;
/** A place as written before its government in a heading ("2025年北京市政府工作报告"), with no date or 在 in it. */
const placeOf = (level: string) => new RegExp(`([^\\s\\d０-９年月日在于的，,。：:—\\-（）()·]{1,12}?${level})(?:人民)?政府`);

/**
 * The issuer named by the report's `heading` (its paragraphs before the salutation) and its
 * opening speech in `text`: the government spoken for, completed from the heading when named by
 * its level alone ("市人民政府" under "洛阳市人民政府市长…" or "2025年洛阳市政府工作报告"); a
 * government the heading names when no one speaks for one. Null rather than a level alone.
 */
export function findIssuer(text: string, heading: readonly string[]): string | null {
  const named = SPEAKER.exec(text.slice(0, SPEAKER_WITHIN))?.[1].trim();
  if (named && !LEVEL_FIRST.test(named)) return named;
  const byLevel = named ? BY_LEVEL.exec(named) : null;
  if (byLevel) {
    for (const line of heading) {
      const place = placeOf(byLevel[1]).exec(line);
      if (place) return `${place[1]}${byLevel[2] === "政府" ? "政府" : "人民政府"}`;
    }
    return null;
  }
  for (const line of heading) {
    const m = /([\u4e00-\u9fff]{2,12}人民政府)/.exec(line);
    if (m) return m[1].replace(/^.*?在/, "");
  }
  return null;
}

/**
 * The issuer of a report's raw text, as an import reads it (findIssuer over the normalised text's
 * heading): for the import form to fill in as the text is pasted or a file chosen, and for the
 * import to use when the admin leaves it empty. Null when the text does not say.
 */
export function detectIssuer(raw: string): string | null {
  const { text, paragraphs, salutationIndex } = normaliseReportText(raw);
  return findIssuer(text, headingLines(text, paragraphs, salutationIndex));
}

/** The report's heading: its paragraphs before the salutation (title, dateline, byline), or its first four without one. */
export function headingLines(text: string, paragraphs: readonly Span[], salutationIndex: number): string[] {
  const end = salutationIndex >= 0 ? salutationIndex : Math.min(paragraphs.length, 4);
  return paragraphs.slice(0, end).map((p) => text.slice(p.start, p.end));
}
