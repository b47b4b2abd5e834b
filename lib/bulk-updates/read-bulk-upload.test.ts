import { describe, expect, it } from "vitest";
import { readBulkUpload } from "./read-bulk-upload";

const upload = (file?: File) => {
  const data = new FormData();
  if (file) data.set("sheet", file);
  return readBulkUpload(data, {});
};

describe("reading the uploaded progress sheet", () => {
  it("asks for a file when none was chosen (an empty part named \"\" or \"blob\" arrives)", async () => {
    expect(await upload()).toEqual({ field: "sheet", messageKey: "form.required" });
    expect(await upload(new File([], ""))).toEqual({ field: "sheet", messageKey: "form.required" });
    expect(await upload(new File([], "blob"))).toEqual({ field: "sheet", messageKey: "form.required" });
  });

  it("says a chosen file is empty, rather than that none was chosen", async () => {
    expect(await upload(new File([], "农业农村局进展表.xlsx"))).toEqual({ field: "sheet", messageKey: "bulk.error.emptyFile" });
  });

  it("refuses a file that is not an xlsx sheet", async () => {
    expect(await upload(new File(["a,b"], "进展表.csv"))).toEqual({ field: "sheet", messageKey: "bulk.error.file" });
  });
});
