import { describe, expect, it } from "vitest";
import { supersededReadings } from "./superseded-readings";

// 洛阳 2023, 新建口袋公园 (500个): 3000 typed for 2023-12-31 (update 41), 300 sent as its
// correction the same day (update 42), both approved.
describe("the approved readings of a day another one stands over", () => {
  it("are the ones sent earlier, whichever comes first in the list", () => {
    const updates = [
      { id: 42, asOf: "2023-12-31", state: "APPROVED" },
      { id: 41, asOf: "2023-12-31", state: "APPROVED" },
      { id: 30, asOf: "2023-09-30", state: "APPROVED" },
    ];
    expect([...supersededReadings(updates)]).toEqual([41]);
    expect([...supersededReadings([...updates].reverse())]).toEqual([41]);
  });

  it("leave a reading of a day alone when the other of that day waits, was returned or had its approval taken back", () => {
    expect(supersededReadings([
      { id: 41, asOf: "2023-12-31", state: "APPROVED" },
      { id: 42, asOf: "2023-12-31", state: "SUBMITTED" },
      { id: 43, asOf: "2023-12-31", state: "RETURNED" },
    ]).size).toBe(0);
  });

  it("keep only the last of three readings of one day, and read days written as dates too", () => {
    const day = new Date("2023-06-30T00:00:00Z");
    expect([...supersededReadings([
      { id: 7, asOf: day, state: "APPROVED" },
      { id: 9, asOf: "2023-06-30", state: "APPROVED" },
      { id: 8, asOf: day, state: "APPROVED" },
    ])].sort()).toEqual([7, 8]);
  });
});
