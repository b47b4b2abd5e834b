import { describe, expect, it } from "vitest";
import { ZCreateDepartment, ZOpenDepartmentFold } from "./types";

/** The messages each field would show, as the form shows them. */
function messages(input: { name: string; code: string }) {
  const parsed = ZCreateDepartment.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (out[String(issue.path[0])] ??= []).push(issue.message);
  return out;
}

describe("a new department's fields", () => {
  it("says one thing per mistake: an empty code is required, not also too short and badly formed", () => {
    expect(messages({ name: "市农业农村局", code: "" })).toEqual({ code: ["form.required"] });
    expect(messages({ name: "市农业农村局", code: "A" })).toEqual({ code: ["departments.codeLength"] });
    expect(messages({ name: "市农业农村局", code: "AG RI" })).toEqual({ code: ["departments.codeRule"] });
    expect(messages({ name: "", code: "agri" })).toEqual({ name: ["form.required"] });
    expect(ZCreateDepartment.parse({ name: " 市农业农村局 ", code: " agri " })).toEqual({ name: "市农业农村局", code: "AGRI" });
  });

  it("keeps no spaces between Chinese characters and one elsewhere, so a name is not taken twice by its spacing", () => {
    expect(ZCreateDepartment.parse({ name: "市  发展改革委", code: "drc2" }).name).toBe("市发展改革委");
    expect(ZCreateDepartment.parse({ name: "市\u3000发展 改革委", code: "drc2" }).name).toBe("市发展改革委");
    expect(ZCreateDepartment.parse({ name: "Luoyang   DRC 发展改革委", code: "drc2" }).name).toBe("Luoyang DRC 发展改革委");
    expect(ZCreateDepartment.parse({ name: "市农业农村局\u200B", code: "agri2" }).name).toBe("市农业农村局");
    expect(ZCreateDepartment.parse({ name: "\uFEFF市农业\u200D农村局", code: "agri2" }).name).toBe("市农业农村局");
  });
});

describe("a row's form opened by a link (?open=)", () => {
  it("reads the form and the department, and opens none for anything else", () => {
    expect(ZOpenDepartmentFold.parse("merge-12")).toEqual({ fold: "merge", departmentId: 12 });
    expect(ZOpenDepartmentFold.parse("keywords-3")).toEqual({ fold: "keywords", departmentId: 3 });
    // The row's 操作 alone, none of its forms.
    expect(ZOpenDepartmentFold.parse("actions-7")).toEqual({ fold: "actions", departmentId: 7 });
    for (const bad of [undefined, "", "merge", "merge-0", "merge-012", "delete-12", "rename-12-1", "rename-12345678901", ["rename-1", "merge-2"]]) {
      expect(ZOpenDepartmentFold.parse(bad)).toBeUndefined();
    }
  });
});
