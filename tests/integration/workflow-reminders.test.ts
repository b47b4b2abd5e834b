import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { restoreCommitment } from "@/lib/commitments/restore-commitment";
import { withdrawCommitment } from "@/lib/commitments/withdraw-commitment";
import { closeUnmetCommitment } from "@/lib/reviews/close-unmet-commitment";
import { reopenCommitment } from "@/lib/reviews/reopen-commitment";
import { countMyWork } from "@/lib/my-work/count-my-work";
import { answerReminder } from "@/lib/reminders/answer-reminder";
import { listCommitmentReminders } from "@/lib/reminders/list-commitment-reminders";
import { listOpenReminders } from "@/lib/reminders/list-open-reminders";
import { reminderClosedText } from "@/lib/reminders/reminder-closed-text";
import { translator } from "@/lib/i18n/translate";
import { sendReminder } from "@/lib/reminders/send-reminder";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { todayIsoDay } from "@/lib/time/today";
import { actorFor, auditEventFor, db, department, reportWithCommitments } from "./support";

// 洛阳 2023: 新建城市书房100个 stands at 40 in September. The 督查 office presses the culture
// bureau (催办); its official answers with what is in the way and when the figures follow.
describe("reminders (催办)", () => {
  async function scenario() {
    const [lead, support, other] = [await department(), await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: lead.id });
    const supporter = await actorFor({ role: "OFFICIAL", departmentId: support.id });
    const stranger = await actorFor({ role: "OFFICIAL", departmentId: other.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const admin = await actorFor({ role: "ADMIN" });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建城市书房", targetValue: 100, latestPercent: 40, leadDepartmentId: lead.id, supportingDepartmentIds: [support.id] },
      { indicator: "无牵头单位指标", targetValue: 10 },
    ]);
    return { official, supporter, stranger, reviewer, admin, library: commitments[0], orphan: commitments[1] };
  }
  const note = "请于本月20日前报送三季度进展，并说明滞后原因。";

  it("reaches the officials of the lead and supporting departments until one answers, and is kept with its answer", async () => {
    const { official, supporter, stranger, reviewer, library } = await scenario();
    const badgeBefore = await countMyWork(official);
    const sent = await executeAction(sendReminder, reviewer, { commitmentId: library.id, note });
    expect(sent).toMatchObject({ ok: true });
    const reminderId = (sent as { data: { reminderId: number } }).data.reminderId;
    expect((await auditEventFor("reminder.send", reminderId)).after).toMatchObject({ commitmentId: library.id, reminderNote: note });

    for (const o of [official, supporter]) expect((await listOpenReminders(o)).items.map((r) => [r.id, r.indicator, r.note])).toEqual([[reminderId, "新建城市书房", note]]);
    // The list filters the commitments a reminder waits on (the reviewers' my work links there).
    const waitingOn = async () => (await listCommitments(reviewer, parseCommitmentFilters({ report: String(library.reportId), reminder: "waiting" }), todayIsoDay())).rows.map((r) => r.id);
    expect(await waitingOn()).toEqual([library.id]);
    expect((await listOpenReminders(stranger)).items).toEqual([]);
    expect(await countMyWork(official)).toBe(badgeBefore + 1);
    // A second one while the first waits would ask again before the first was heard.
    expect(await executeAction(sendReminder, reviewer, { commitmentId: library.id, note: "再次催办" })).toMatchObject({
      ok: false,
      kind: "conflict",
      message: "该目标任务已有未回复的催办（可能是其他督查人员刚刚发出的），请刷新页面。",
    });
    // The database holds the same rule for any writer that skips the action's check.
    await expect(db.reminder.create({ data: { commitmentId: library.id, senderId: reviewer.id, note: "绕过检查" } })).rejects.toMatchObject({ code: "P2002" });

    // Another department's official does not find it; an empty answer is refused at its field.
    expect(await executeAction(answerReminder, stranger, { reminderId, answer: "收到" })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await executeAction(answerReminder, official, { reminderId, answer: "  " })).toMatchObject({ ok: false, fieldErrors: { answer: ["请填写回复。"] } });
    const answer = "选址调整已完成，10月底前报送三季度数据。";
    expect(await executeAction(answerReminder, supporter, { reminderId, answer })).toMatchObject({ ok: true });
    expect(await executeAction(answerReminder, official, { reminderId, answer: "另一份回复" })).toMatchObject({
      ok: false,
      kind: "conflict",
      message: "该催办已回复（可能是牵头或配合单位的其他经办人），请刷新页面。",
    });
    expect((await listOpenReminders(official)).items).toEqual([]);
    expect(await countMyWork(official)).toBe(badgeBefore);
    expect(await waitingOn()).toEqual([]);
    const [kept] = await listCommitmentReminders(library.id);
    expect(kept).toMatchObject({ id: reminderId, note, answer, answererName: expect.any(String) });
    expect(kept.answeredAt).toBeInstanceOf(Date);
    expect((await auditEventFor("reminder.answer", reminderId)).after).toMatchObject({ reminderAnswer: answer });
    // Answered, the commitment can be pressed again.
    expect(await executeAction(sendReminder, reviewer, { commitmentId: library.id, note: "请按承诺报送" })).toMatchObject({ ok: true });
  });

  it("is not sent to a closed commitment or one without a lead department, and a closed commitment's reminder asks nothing more", async () => {
    const { official, reviewer, admin, library, orphan } = await scenario();
    expect(await executeAction(sendReminder, reviewer, { commitmentId: orphan.id, note })).toMatchObject({
      ok: false,
      message: "该目标任务尚未指定牵头单位，无人可催办；请管理员先分配。",
    });
    expect(await executeAction(sendReminder, reviewer, { commitmentId: library.id, note: " " })).toMatchObject({ ok: false, fieldErrors: { note: ["请写明催办事项。"] } });
    const sent = await executeAction(sendReminder, reviewer, { commitmentId: library.id, note });
    const reminderId = (sent as { data: { reminderId: number } }).data.reminderId;
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: library.id, version: library.version, reason: "不再实施" })).toMatchObject({ ok: true });
    // Ended with the commitment, in the withdrawal's transaction, and said so in the history.
    expect((await db.reminder.findUniqueOrThrow({ where: { id: reminderId } })).closedAt).toBeInstanceOf(Date);
    expect((await auditEventFor("reminder.close", reminderId)).after).toMatchObject({ closedAt: expect.any(String) });
    expect((await listOpenReminders(official)).items).toEqual([]);
    // The page names the closing that ended it, with its day.
    const ended = (await listCommitmentReminders(library.id)).find((r) => r.id === reminderId)!;
    expect(ended.closedBy).toBe("WITHDRAWN");
    expect(reminderClosedText(translator("zh"), ended.closedBy, ended.closedAt!)).toBe(`目标任务已于 ${todayIsoDay()} 撤销，该催办随之结束，无需回复。`);
    const closed = "该目标任务已核验、已按未完成办结或已撤销，不再催办（可能是刚刚在别处办理的），请刷新页面。";
    expect(await executeAction(answerReminder, official, { reminderId, answer: "收到" })).toMatchObject({ ok: false, kind: "conflict", message: closed });
    expect(await executeAction(sendReminder, reviewer, { commitmentId: library.id, note })).toMatchObject({ ok: false, kind: "conflict", message: closed });
    // Restored, it does not come back months old: a new one can be sent, and only that one waits.
    expect(await executeAction(restoreCommitment, admin, { commitmentId: library.id, version: library.version + 1, reason: "恢复实施" })).toMatchObject({ ok: true });
    expect((await listOpenReminders(official)).items).toEqual([]);
    expect(await executeAction(answerReminder, official, { reminderId, answer: "收到" })).toMatchObject({ ok: false, kind: "conflict" });
    const again = await executeAction(sendReminder, reviewer, { commitmentId: library.id, note: "恢复后请报送" });
    expect(again).toMatchObject({ ok: true });
    expect((await listOpenReminders(official)).items.map((r) => r.note)).toEqual(["恢复后请报送"]);
    expect(await db.reminder.count({ where: { commitmentId: library.id } })).toBe(2);
  });

  it("ends with a verification or a closing as not delivered, and the badge no longer counts it", async () => {
    const { official, reviewer, library } = await scenario();
    const badgeBefore = await countMyWork(official);
    const sent = await executeAction(sendReminder, reviewer, { commitmentId: library.id, note });
    const reminderId = (sent as { data: { reminderId: number } }).data.reminderId;
    expect(await countMyWork(official)).toBe(badgeBefore + 1);
    // 40% of a 2023 target: overdue, so it can be closed as not delivered.
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: library.id, version: library.version, note: "未完成" })).toMatchObject({ ok: true });
    expect((await db.reminder.findUniqueOrThrow({ where: { id: reminderId } })).closedAt).toBeInstanceOf(Date);
    expect(await countMyWork(official)).toBeLessThanOrEqual(badgeBefore);
    const [ended] = await listCommitmentReminders(library.id);
    expect(reminderClosedText(translator("en"), ended.closedBy, ended.closedAt!)).toBe(`Ended on ${todayIsoDay()} when the commitment was closed as not delivered: no answer is needed.`);
    // A reminder ended before closings were recorded (no CommitmentClosure at its instant) names none.
    expect(reminderClosedText(translator("zh"), null, ended.closedAt!)).toBe("目标任务已核验、按未完成办结或撤销，该催办随之结束，无需回复。");
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: library.id, version: library.version + 1, note: "重新打开" })).toMatchObject({ ok: true });
    expect((await listOpenReminders(official)).items).toEqual([]);
  });
});
