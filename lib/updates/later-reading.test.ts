import { describe, expect, it } from "vitest";
import { isLaterReading, isOvertakenReturn, supersedingDay } from "./later-reading";

// 洛阳 2023: 新增高标准农田 (target 11 万亩). An official sent 30000 for 2023-12-31 by mistake
// (update 41), then its correction 3 the same day (update 42).
const typo = { asOf: "2023-12-31", id: 41 };
const correction = { asOf: "2023-12-31", id: 42 };

describe("the order of readings", () => {
  it("puts a later day after an earlier one, whatever was submitted first", () => {
    expect(isLaterReading({ asOf: "2023-12-31", id: 5 }, { asOf: "2023-06-30", id: 9 })).toBe(true);
    expect(isLaterReading({ asOf: "2023-06-30", id: 9 }, { asOf: "2023-12-31", id: 5 })).toBe(false);
  });

  it("puts the reading submitted later after the other of the same day (the correction stands)", () => {
    expect(isLaterReading(correction, typo)).toBe(true);
    expect(isLaterReading(typo, correction)).toBe(false);
    expect(isLaterReading(typo, typo)).toBe(false);
  });

  it("reads a Date at UTC midnight (a @db.Date column) as the same day as its ISO string", () => {
    expect(isLaterReading({ asOf: new Date("2023-12-31T00:00:00Z"), id: 42 }, typo)).toBe(true);
    expect(isLaterReading({ asOf: new Date("2023-12-31T00:00:00Z"), id: 41 }, typo)).toBe(false);
  });
});

describe("the approved reading that stands over a waiting one", () => {
  it("is the commitment's latest when it comes after the waiting reading", () => {
    expect(supersedingDay({ latestAsOf: new Date("2023-12-31T00:00:00Z"), latestUpdateId: 42 }, typo)).toBe("2023-12-31");
    expect(supersedingDay({ latestAsOf: new Date("2024-01-15T00:00:00Z"), latestUpdateId: 7 }, typo)).toBe("2024-01-15");
  });

  it("is none when the waiting reading would become the figure, or nothing is approved yet", () => {
    expect(supersedingDay({ latestAsOf: new Date("2023-12-31T00:00:00Z"), latestUpdateId: 41 }, correction)).toBeNull();
    expect(supersedingDay({ latestAsOf: new Date("2023-06-30T00:00:00Z"), latestUpdateId: 99 }, typo)).toBeNull();
    expect(supersedingDay({ latestAsOf: null, latestUpdateId: null }, typo)).toBeNull();
  });

  it("lets a same-day reading stand over figures that name no update, as an approval would", () => {
    expect(supersedingDay({ latestAsOf: new Date("2023-12-31T00:00:00Z"), latestUpdateId: null }, typo)).toBeNull();
    expect(supersedingDay({ latestAsOf: new Date("2024-01-01T00:00:00Z"), latestUpdateId: null }, typo)).toBe("2024-01-01");
  });
});

describe("a returned reading overtaken by the latest approved one", () => {
  const june = { asOf: "2023-06-30", id: 50 };
  it("is overtaken when the latest stands over it and was sent after it (the official reported again)", () => {
    expect(isOvertakenReturn({ latestAsOf: new Date("2023-09-30T00:00:00Z"), latestUpdateId: 60 }, june)).toBe(true);
  });

  it("is still to answer when it was a late report sent after the latest (补报 of an earlier day)", () => {
    expect(isOvertakenReturn({ latestAsOf: new Date("2023-09-30T00:00:00Z"), latestUpdateId: 40 }, june)).toBe(false);
  });

  it("is still to answer when nothing stands over it", () => {
    expect(isOvertakenReturn({ latestAsOf: new Date("2023-05-31T00:00:00Z"), latestUpdateId: 60 }, june)).toBe(false);
    expect(isOvertakenReturn({ latestAsOf: null, latestUpdateId: null }, june)).toBe(false);
  });
});
