import { describe, expect, it } from "vitest";
import { HISTORY_SHOWN, listEntityHistory } from "@/lib/audit/list-entity-history";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { seedCommitment } from "@/lib/seed/factories";
import { db } from "./support";

async function eventsFor(commitmentId: number, count: number) {
  const entries = Array.from({ length: count }, (_, i) => ({ action: "commitment.note", entity: "Commitment", entityId: commitmentId, after: { n: i + 1 } }));
  await db.$transaction((tx) => writeAuditEvents(tx, null, entries));
}

describe("a record's history", () => {
  it("lists every event, newest first, when there are few", async () => {
    const commitment = await seedCommitment(db);
    await eventsFor(commitment.id, 3);
    const history = await listEntityHistory("Commitment", commitment.id);
    expect(history.older).toBe(false);
    expect(history.events.map((e) => e.after)).toEqual([{ n: 3 }, { n: 2 }, { n: 1 }]);
  });

  it("shows the newest ones and says that older ones exist", async () => {
    const commitment = await seedCommitment(db);
    await eventsFor(commitment.id, HISTORY_SHOWN + 1);
    const history = await listEntityHistory("Commitment", commitment.id);
    expect(history.older).toBe(true);
    expect(history.events).toHaveLength(HISTORY_SHOWN);
    expect([history.events[0].after, history.events.at(-1)?.after]).toEqual([{ n: HISTORY_SHOWN + 1 }, { n: 2 }]);
  });
});
