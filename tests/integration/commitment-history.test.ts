import { describe, expect, it } from "vitest";
import { HISTORY_SHOWN, listCommitmentHistory } from "@/lib/audit/list-commitment-history";
import { writeAuditEvents, type AuditEntry } from "@/lib/audit/write-audit-event";
import { seedCommitment, seedUser } from "@/lib/seed/factories";
import { db } from "./support";

async function write(entries: AuditEntry[], actorId: number | null = null) {
  await db.$transaction((tx) => writeAuditEvents(tx, actorId, entries));
}

async function eventsFor(commitmentId: number, count: number) {
  await write(Array.from({ length: count }, (_, i) => ({ action: "commitment.note", entity: "Commitment", entityId: commitmentId, after: { n: i + 1 } })));
}

describe("a commitment's history", () => {
  it("lists every event, newest first, when there are few", async () => {
    const commitment = await seedCommitment(db);
    await eventsFor(commitment.id, 3);
    const history = await listCommitmentHistory(commitment.id);
    expect(history.older).toBe(false);
    expect(history.events.map((e) => e.after)).toEqual([{ n: 3 }, { n: 2 }, { n: 1 }]);
  });

  it("shows the newest ones and says that older ones exist", async () => {
    const commitment = await seedCommitment(db);
    await eventsFor(commitment.id, HISTORY_SHOWN + 1);
    const history = await listCommitmentHistory(commitment.id);
    expect(history.older).toBe(true);
    expect(history.events).toHaveLength(HISTORY_SHOWN);
    expect([history.events[0].after, history.events.at(-1)?.after]).toEqual([{ n: HISTORY_SHOWN + 1 }, { n: 2 }]);
  });

  it("includes what happened to its own updates and change requests, named by who did it, and nothing of another commitment's", async () => {
    const [commitment, other] = [await seedCommitment(db), await seedCommitment(db)];
    const author = await seedUser(db, { role: "REVIEWER" });
    const update = async (commitmentId: number) =>
      db.progressUpdate.create({ data: { commitmentId, authorId: author.id, asOf: new Date("2023-06-30"), narrative: "进展", actualValue: "1" } });
    const [mine, theirs] = [await update(commitment.id), await update(other.id)];
    const request = await db.changeRequest.create({ data: { commitmentId: commitment.id, kind: "EXTEND_DEADLINE", requesterId: author.id, proposedDeadline: new Date("2023-12-31"), reason: "延期" } });
    await write([
      { action: "update.submit", entity: "ProgressUpdate", entityId: mine.id },
      { action: "update.submit", entity: "ProgressUpdate", entityId: theirs.id },
      { action: "changeRequest.submit", entity: "ChangeRequest", entityId: request.id },
      { action: "commitment.verify", entity: "Commitment", entityId: other.id },
    ], author.id);
    const history = await listCommitmentHistory(commitment.id);
    expect(history.events.map((e) => [e.entity, e.entityId, e.action, e.actor?.displayName])).toEqual([
      ["ChangeRequest", String(request.id), "changeRequest.submit", author.displayName],
      ["ProgressUpdate", String(mine.id), "update.submit", author.displayName],
    ]);
  });

  it("leaves out refused attempts on it (the admin's log keeps them): they changed nothing, and everyone who reads the page sees its history", async () => {
    const commitment = await seedCommitment(db);
    const prober = await seedUser(db, { role: "OFFICIAL" });
    await write([{ action: "commitment.note", entity: "Commitment", entityId: commitment.id, after: { n: 1 } }]);
    await write([
      { action: "action.notFound", entity: "Commitment", entityId: commitment.id, after: { attempted: "update.submit", input: { commitmentId: commitment.id } } },
      { action: "action.denied", entity: "Commitment", entityId: commitment.id, after: { attempted: "commitment.assign" } },
      { action: "access.notFound", entity: "Commitment", entityId: commitment.id },
    ], prober.id);
    const history = await listCommitmentHistory(commitment.id);
    expect(history.events.map((e) => e.action)).toEqual(["commitment.note"]);
  });

  it("says of whoever acted whether their account is disabled now, for the page to mark their name", async () => {
    const commitment = await seedCommitment(db);
    const [left, stays] = [await seedUser(db, { role: "OFFICIAL" }), await seedUser(db, { role: "REVIEWER" })];
    await write([{ action: "commitment.note", entity: "Commitment", entityId: commitment.id, after: { n: 1 } }], left.id);
    await write([{ action: "commitment.note", entity: "Commitment", entityId: commitment.id, after: { n: 2 } }], stays.id);
    await write([{ action: "commitment.note", entity: "Commitment", entityId: commitment.id, after: { n: 3 } }], null);
    await db.user.update({ where: { id: left.id }, data: { disabled: true } });
    const history = await listCommitmentHistory(commitment.id);
    expect(history.events.map((e) => e.actor)).toEqual([null, { displayName: stays.displayName, disabled: false }, { displayName: left.displayName, disabled: true }]);
  });
});
