// Small character-level helpers shared by the clause analysers.

const CLAUSE_DELIMITER = /[，,；;：:。！？!?\n]/;

function isHan(ch: string): boolean {
  return /[\u4e00-\u9fff]/.test(ch);
}

/** The first non-space character at or after `pos`. */
function nextVisible(s: string, pos: number): string {
  return s.slice(pos).trimStart().charAt(0);
}

/** True when a noun (or a quoted name) follows `pos` directly: "388个|10亿元以上重大项目". */
export function nounFollows(s: string, pos: number): boolean {
  const ch = nextVisible(s, pos);
  return ch !== "" && !CLAUSE_DELIMITER.test(ch) && ch !== "、" && (isHan(ch) || /[“"《「(（\dA-Za-z]/.test(ch));
}

/** The position after the joiners at `pos` (spaces, 、, 和, 及, 与, 并): where the next item of a list starts. */
export function skipJoiners(s: string, pos: number): number {
  const m = /^[\s、和及与并]*/.exec(s.slice(pos));
  return pos + (m ? m[0].length : 0);
}

/**
 * Marks which positions of `s` lie inside quotation marks or book-title marks. Numbers
 * there belong to slogans and names (“136”, “三个一批”, 《…》), not to targets.
 */
export function quotedMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  let depth = 0;
  let straightOpen = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "“" || ch === "《" || ch === "「" || ch === "『") depth++;
    else if ((ch === "”" || ch === "》" || ch === "」" || ch === "』") && depth > 0) depth--;
    else if (ch === '"') straightOpen = !straightOpen;
    else if (depth > 0 || straightOpen) mask[i] = 1;
  }
  return mask;
}

/**
 * Without the spaces a PDF puts between Chinese and Latin letters or digits ("5G 基站总数" →
 * "5G基站总数"); spaces between two Latin words stay ("Micro LED").
 */
export function closeCjkSpacing(s: string): string {
  return s.replace(/(?<=[\u4e00-\u9fff])\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\s+(?=[\u4e00-\u9fff])/g, "");
}
