import { describe, expect, it } from "vitest";
import { chosenFile } from "./chosen-file";

const form = (file?: File | string) => {
  const data = new FormData();
  if (file !== undefined) data.set("sheet", file);
  return data;
};

describe("the file a file input sent", () => {
  it("is none when nothing was chosen: no part, a text part, or the empty part named \"\", \"blob\" or \"undefined\"", () => {
    expect(chosenFile(form(), "sheet")).toBeNull();
    expect(chosenFile(form("文字"), "sheet")).toBeNull();
    expect(chosenFile(form(new File([], "")), "sheet")).toBeNull();
    expect(chosenFile(form(new File([], "blob")), "sheet")).toBeNull();
    // What a server action receives for an empty file input (busboy reads filename="" as none).
    expect(chosenFile(form(new File([], undefined as unknown as string)), "sheet")).toBeNull();
  });

  it("is the file when one was chosen, empty or not", () => {
    expect(chosenFile(form(new File([], "进展表.xlsx")), "sheet")?.name).toBe("进展表.xlsx");
    expect(chosenFile(form(new File([], "报告.docx")), "sheet")?.name).toBe("报告.docx");
    expect(chosenFile(form(new File(["x"], "blob")), "sheet")?.size).toBe(1);
  });
});
