import { describe, expect, it } from "vitest";
import { ZStartImport } from "./types";

describe("the import form's year", () => {
  it("is refused with one plain message whatever is wrong with it, not zod's wording", () => {
    for (const year of ["1899", "abcd", "2023.5", "3000"]) {
      const parsed = ZStartImport.safeParse({ text: "正文", issuer: "洛阳市人民政府", year });
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["year", "import.error.year"]]);
    }
  });

  it("may be left empty (read from the report), or typed in full-width digits", () => {
    for (const empty of ["", "  ", "\u3000"]) expect(ZStartImport.parse({ text: "正文", issuer: "洛阳市人民政府", year: empty }).year).toBeUndefined();
    expect(ZStartImport.parse({ text: "正文", issuer: "洛阳市人民政府", year: "２０２３" }).year).toBe(2023);
  });
});
