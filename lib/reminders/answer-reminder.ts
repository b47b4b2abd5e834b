import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ExpectedError, notFound } from "@/lib/actions/errors";
import { isOpen } from "@/lib/commitments/commitment-status";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { WAITING_REMINDER } from "./waiting-reminder";
import { ZAnswerReminder } from "./types";

/**
 * An official of the commitment's departments answers a reminder (回复催办): what was done, what
 * stands in the way, when figures follow. Claimed by its state in one statement, as a review is:
 * two colleagues answering at once, the second is told it was answered. Another department's
 * reminder is simply not found.
 */
export const answerReminder = defineAction({
  name: "reminder.answer",
  subject: { entity: "Reminder", id: "reminderId" },
  permission: "reminder.answer",
  schema: ZAnswerReminder,
  async run({ actor, input, tx }) {
    const reminder = await tx.reminder.findFirst({
      where: { id: input.reminderId, commitment: commitmentScopeWhere(actor) },
      select: { id: true, commitmentId: true, answeredAt: true, commitment: { select: { status: true } } },
    });
    if (!reminder) throw notFound();
    if (!isOpen(reminder.commitment.status)) throw new ExpectedError("conflict", "reminder.closed");
    const answeredAt = new Date();
    const claimed = await tx.reminder.updateMany({ where: { id: reminder.id, ...WAITING_REMINDER }, data: { answeredAt, answererId: actor.id, answer: input.answer } });
    if (claimed.count === 0) throw new ExpectedError("conflict", "reminder.answered");
    return {
      result: { reminderId: reminder.id, commitmentId: reminder.commitmentId },
      audit: [{ action: "reminder.answer", entity: "Reminder", entityId: reminder.id, before: { answeredAt: null }, after: { answeredAt, reminderAnswer: input.answer } }],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
