import { describe, expect, it } from "vitest";
import { distinguishNamesakes } from "./distinguish-namesakes";

describe("officials with the same name", () => {
  it("are told apart by login name within a department; others keep their name alone", () => {
    const officials = [
      { id: 1, displayName: "张伟", loginName: "zhangwei", departmentId: 3 },
      { id: 2, displayName: "张伟", loginName: "zhangwei2", departmentId: 3 },
      { id: 3, displayName: "张伟", loginName: "zw.agri", departmentId: 4 },
      { id: 4, displayName: "李娜", loginName: "lina", departmentId: 3 },
    ];
    expect(distinguishNamesakes(officials).map((o) => o.displayName)).toEqual(["张伟 · zhangwei", "张伟 · zhangwei2", "张伟", "李娜"]);
    expect(distinguishNamesakes(officials)[0]).toEqual({ id: 1, displayName: "张伟 · zhangwei", departmentId: 3 });
  });
});
