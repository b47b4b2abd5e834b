import { describe, expect, it } from "vitest";
import { readImportFile } from "./import-form-files";
import { ZStartImport } from "./types";

const read = async (file?: File) => {
  const data = new FormData();
  if (file) data.set("file", file);
  const values: Record<string, unknown> = { text: "粘贴的文字" };
  return { problem: await readImportFile(data, values), values };
};

describe("the import form's file", () => {
  it("is not required: without one (an empty part named \"\" or \"blob\"), the pasted text stands", async () => {
    expect(await read()).toEqual({ problem: null, values: { text: "粘贴的文字" } });
    expect(await read(new File([], ""))).toEqual({ problem: null, values: { text: "粘贴的文字" } });
    expect(await read(new File([], "blob"))).toEqual({ problem: null, values: { text: "粘贴的文字" } });
  });

  it("says a chosen file is empty, beside the file field", async () => {
    expect((await read(new File([], "报告.txt"))).problem).toEqual({ field: "file", messageKey: "import.error.emptyFile" });
  });

  it("wins over pasted text, and says where the text came from", async () => {
    const { problem, values } = await read(new File(["洛阳市政府工作报告"], "报告.txt", { type: "text/plain" }));
    expect(problem).toBeNull();
    expect(values).toEqual({ text: "洛阳市政府工作报告", textFrom: "file" });
  });

  it("reads textFrom as \"file\" or nothing (anything else a form might send is dropped)", () => {
    expect(ZStartImport.parse({ text: "正文", issuer: "某机关", textFrom: "paste" }).textFrom).toBeUndefined();
  });
});
