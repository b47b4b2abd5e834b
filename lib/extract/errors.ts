// Bad input is reported with a typed error so that callers (CLI, upload form) can show
// a precise message instead of silently importing garbage.

export type ExtractionErrorCode = "EMPTY" | "BINARY" | "ENCODING" | "NOT_A_REPORT";

const MESSAGES: Record<ExtractionErrorCode, string> = {
  EMPTY: "文本为空 / The text is empty.",
  BINARY: "内容是二进制数据，不是文本 / The content is binary data, not text.",
  ENCODING:
    "文本编码错误（不是有效的 UTF-8，可能是 GBK）/ Wrong text encoding (not valid UTF-8, perhaps GBK).",
  NOT_A_REPORT:
    "未识别为政府工作报告 / The text is not recognisable as a government work report.",
};

export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;

  constructor(code: ExtractionErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = "ExtractionError";
    this.code = code;
  }
}

/** Rejects input that cannot be a text report before any parsing work is done. */
export function assertUsableText(raw: string): void {
  if (raw.trim().length === 0) throw new ExtractionError("EMPTY");

  let controls = 0;
  let replacements = 0;
  let latin1Letters = 0;
  let cjk = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0) throw new ExtractionError("BINARY", "NUL byte");
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
    else if (c === 0xfffd) replacements++;
    else if (c >= 0xc0 && c <= 0xff) latin1Letters++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  const length = raw.length;
  if (controls > 8 && controls / length > 0.01) {
    throw new ExtractionError("BINARY", `${controls} control characters`);
  }
  // A few stray U+FFFD can survive a copy-paste; many of them mean the bytes were decoded
  // with the wrong charset.
  if (replacements >= 10 || (replacements > 0 && replacements / length > 0.002)) {
    throw new ExtractionError("ENCODING", `${replacements} replacement characters`);
  }
  // GBK bytes read as Latin-1 ("Õþ¸®¹¤×÷±¨¸æ") leave accented letters and no CJK.
  if (latin1Letters > 50 && latin1Letters > cjk * 2) {
    throw new ExtractionError("ENCODING", "Latin-1 mojibake");
  }
}
