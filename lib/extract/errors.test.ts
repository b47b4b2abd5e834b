import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { extractReport, ExtractionError } from "./index";

function codeOf(raw: string, year?: number): string {
  try {
    extractReport(raw, year === undefined ? {} : { year });
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    const e = error as ExtractionError;
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message).toMatch(/[A-Za-z]{4,}/);
    return e.code;
  }
  return "OK";
}

describe("bad input", () => {
  it("rejects empty text", () => {
    expect(codeOf("")).toBe("EMPTY");
    expect(codeOf("  \n\t\n")).toBe("EMPTY");
  });

  it("rejects binary content", () => {
    expect(codeOf("PK\u0003\u0004\u0000\u0000政府工作报告")).toBe("BINARY");
    expect(codeOf("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f".repeat(5))).toBe("BINARY");
  });

  it("rejects text decoded with the wrong charset", () => {
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]);
    const lossy = new TextDecoder("utf-8").decode(new Uint8Array(Array.from({ length: 20 }, () => [...gbk]).flat()));
    expect(codeOf(lossy)).toBe("ENCODING");
    const latin1 = new TextDecoder("latin1").decode(new Uint8Array(Array.from({ length: 20 }, () => [...gbk]).flat()));
    expect(codeOf(latin1)).toBe("ENCODING");
  });

  it("tolerates a stray replacement character in a real report", () => {
    expect(codeOf(loadReport("luoyang-2023").replace("各位代表：", "各位代表：\ufffd"))).toBe("OK");
  });

  it("rejects text that is not a work report", () => {
    expect(codeOf("今天天气很好。我们去公园玩，看到了100只鸽子。")).toBe("NOT_A_REPORT");
    expect(codeOf(loadReport("luoyang-2023").slice(0, 1500))).toBe("NOT_A_REPORT");
  });

  it("rejects a report without a year unless one is given", () => {
    const raw = "政府工作报告\n各位代表：\n一、过去一年工作回顾\n成绩显著。\n二、今年工作安排\n新建学校3所。";
    expect(codeOf(raw)).toBe("NOT_A_REPORT");
    expect(codeOf(raw, 2027)).toBe("OK");
    expect(extractReport(raw, { year: 2027 }).commitments[0].deadline).toBe("2027-12-31");
  });
});
