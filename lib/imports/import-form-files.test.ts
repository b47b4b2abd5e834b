import { describe, expect, it } from "vitest";
import { readImportFile } from "./import-form-files";
import { ZStartImport } from "./types";

const read = async (file?: File, pasted = "粘贴的文字") => {
  const data = new FormData();
  if (file) data.set("file", file);
  const values: Record<string, unknown> = { text: pasted };
  return { problem: await readImportFile(data, values), values };
};

describe("the import form's file", () => {
  it("is not required: without one (an empty part named \"\" or \"blob\"), the pasted text stands", async () => {
    expect(await read()).toEqual({ problem: null, values: { text: "粘贴的文字" } });
    expect(await read(new File([], ""))).toEqual({ problem: null, values: { text: "粘贴的文字" } });
    expect(await read(new File([], "blob"))).toEqual({ problem: null, values: { text: "粘贴的文字" } });
  });

  it("says a chosen file is empty, beside the file field: no bytes, or no text but a byte-order mark", async () => {
    expect((await read(new File([], "报告.txt"), "")).problem).toEqual({ field: "file", messageKey: "import.error.emptyFile" });
    expect((await read(new File([], "报告.docx"), "")).problem).toEqual({ field: "file", messageKey: "import.error.emptyFile" });
    expect((await read(new File(["\uFEFF"], "报告.txt", { type: "text/plain" }), "")).problem).toEqual({ field: "file", messageKey: "import.error.emptyFile" });
  });

  it("becomes the text, and says where the text came from", async () => {
    const { problem, values } = await read(new File(["洛阳市政府工作报告"], "报告.txt", { type: "text/plain" }), "  ");
    expect(problem).toBeNull();
    expect(values).toEqual({ text: "洛阳市政府工作报告", textFrom: "file" });
  });

  it("is refused beside pasted text: which of the two was meant?", async () => {
    const { problem, values } = await read(new File(["洛阳市政府工作报告"], "报告.txt", { type: "text/plain" }));
    expect(problem).toEqual({ field: "file", messageKey: "import.error.fileAndText" });
    expect(values).toEqual({ text: "粘贴的文字" });
  });

  it("is the only one to say textFrom: a form's own is dropped", async () => {
    const data = new FormData();
    const values: Record<string, unknown> = { text: "粘贴的文字", textFrom: "file" };
    expect(await readImportFile(data, values)).toBeNull();
    expect(values).toEqual({ text: "粘贴的文字" });
  });

  it("reads textFrom as \"file\" or nothing (anything else is dropped by the schema too)", () => {
    expect(ZStartImport.parse({ text: "正文", issuer: "某机关", textFrom: "paste" }).textFrom).toBeUndefined();
  });
});
