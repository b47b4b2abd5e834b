import { describe, expect, it } from "vitest";
import { settledReturn } from "./settled-return";

// A June reading returned on 2023-07-05; the rule of "my work" (RETURNED_TO_ANSWER_SQL).
const june = { id: 50, asOf: "2023-06-30", reviewedAt: "2023-07-05T02:00:00.000Z" };
const nothingApproved = { latestAsOf: null, latestUpdateId: null };
const reading = (state: string, asOf: string, createdAt: string) => ({ state, asOf, createdAt });

describe("what a returned reading still asks of the official", () => {
  it("is overtaken by the latest approved reading sent after it", () => {
    expect(settledReturn({ latestAsOf: new Date("2023-09-30T00:00:00Z"), latestUpdateId: 60 }, june, [])).toBe("overtaken");
  });

  it("is settled by a reading of the same day or later sent after the return and waiting", () => {
    expect(settledReturn(nothingApproved, june, [reading("SUBMITTED", "2023-06-30", "2023-07-06T01:00:00.000Z")])).toBe("reportedAgain");
    expect(settledReturn(nothingApproved, june, [reading("SUBMITTED", "2023-07-31", "2023-08-01T01:00:00.000Z")])).toBe("reportedAgain");
  });

  it("is still to answer when the waiting reading is of an earlier day, was already waiting at the return, or was itself returned", () => {
    expect(settledReturn(nothingApproved, june, [reading("SUBMITTED", "2023-05-31", "2023-07-06T01:00:00.000Z")])).toBeNull();
    expect(settledReturn(nothingApproved, june, [reading("SUBMITTED", "2023-08-31", "2023-07-01T01:00:00.000Z")])).toBeNull();
    expect(settledReturn(nothingApproved, june, [reading("RETURNED", "2023-08-31", "2023-07-06T01:00:00.000Z")])).toBeNull();
  });

  it("is still to answer as a late report of an earlier day sent after the latest approved reading", () => {
    expect(settledReturn({ latestAsOf: new Date("2023-09-30T00:00:00Z"), latestUpdateId: 40 }, june, [])).toBeNull();
  });
});
