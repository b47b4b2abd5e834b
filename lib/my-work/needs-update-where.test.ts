import { describe, expect, it } from "vitest";
import { monthStart, needsUpdateReasons } from "./needs-update-where";

describe("what my work says of a commitment's deadline", () => {
  it("names overdue, due within 30 days and not reported this month", () => {
    expect(needsUpdateReasons("2023-06-29", "2023-06-30", false)).toEqual(["overdue", "noUpdateThisMonth"]);
    expect(needsUpdateReasons("2023-06-30", "2023-06-30", false)).toEqual(["dueSoon", "noUpdateThisMonth"]);
    expect(needsUpdateReasons("2023-07-31", "2023-06-30", false)).toEqual(["noUpdateThisMonth"]);
  });

  it("names only the deadline of one reported this month: nothing is left to do for it", () => {
    expect(needsUpdateReasons("2023-06-29", "2023-06-30", true)).toEqual(["overdue"]);
    expect(needsUpdateReasons("2023-07-30", "2023-06-30", true)).toEqual(["dueSoon"]);
  });

  it("starts the month at midnight in China", () => {
    expect(monthStart("2024-02-29").toISOString()).toBe("2024-01-31T16:00:00.000Z");
  });
});
