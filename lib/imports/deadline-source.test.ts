import { describe, expect, it } from "vitest";
import { honestDeadline, typedDeadline } from "./deadline-source";

describe("a deadline typed in the import's review", () => {
  it("is the admin's, not the report's: 2023-06-30 typed for 新增高标准农田 (no day in the report)", () => {
    expect(typedDeadline("2023-06-30", null, 2023)).toEqual({ deadline: "2023-06-30", deadlineStated: false, deadlineSetByAdmin: true });
  });
  it("typed back to the year's end where the report states no day, is the default again (默认年底)", () => {
    expect(typedDeadline("2023-12-31", null, 2023)).toEqual({ deadline: "2023-12-31", deadlineStated: false, deadlineSetByAdmin: false });
  });
  it("typed back to the report's own day (6月底前 → 2023-06-30), is the report's again; the year's end there is the admin's", () => {
    expect(typedDeadline("2023-06-30", "2023-06-30", 2023)).toEqual({ deadline: "2023-06-30", deadlineStated: true, deadlineSetByAdmin: false });
    expect(typedDeadline("2023-12-31", "2023-06-30", 2023)).toEqual({ deadline: "2023-12-31", deadlineStated: false, deadlineSetByAdmin: true });
  });
});

describe("an accepted candidate's deadline", () => {
  const sent = { key: "c1", deadline: "2023-12-31", deadlineStated: false, deadlineSetByAdmin: false };
  it("is kept as sent when it can be true", () => {
    expect(honestDeadline(sent, 2023)).toEqual(sent);
    expect(honestDeadline({ ...sent, deadline: "2023-06-30", deadlineStated: true }, 2023)).toEqual({ ...sent, deadline: "2023-06-30", deadlineStated: true });
  });
  it("is not the report's when the admin set it, and not the default when it is not the year's end", () => {
    expect(honestDeadline({ ...sent, deadline: "2023-06-30", deadlineStated: true, deadlineSetByAdmin: true }, 2023)).toMatchObject({ deadlineStated: false, deadlineSetByAdmin: true });
    expect(honestDeadline({ ...sent, deadline: "2023-06-30" }, 2023)).toMatchObject({ deadlineStated: false, deadlineSetByAdmin: true });
    expect(honestDeadline({ ...sent, deadline: "2024-12-31" }, 2023)).toMatchObject({ deadlineStated: false, deadlineSetByAdmin: true });
  });
});
