import { describe, expect, it } from "vitest";
import { monthStart, needsUpdateReasons } from "./needs-update-where";

describe("why a commitment needs an update", () => {
  it("names overdue, due within 30 days and not reported this month", () => {
    expect(needsUpdateReasons("2023-06-29", "2023-06-30", 1)).toEqual(["overdue"]);
    expect(needsUpdateReasons("2023-06-30", "2023-06-30", 0)).toEqual(["dueSoon", "noUpdateThisMonth"]);
    expect(needsUpdateReasons("2023-07-30", "2023-06-30", 1)).toEqual(["dueSoon"]);
    expect(needsUpdateReasons("2023-07-31", "2023-06-30", 0)).toEqual(["noUpdateThisMonth"]);
  });

  it("starts the month at midnight in China", () => {
    expect(monthStart("2024-02-29").toISOString()).toBe("2024-01-31T16:00:00.000Z");
  });
});
