import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ExpectedError, invalid, notFound } from "@/lib/actions/errors";
import { isOpen } from "@/lib/commitments/commitment-status";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { WAITING_REMINDER } from "./waiting-reminder";
import { ZSendReminder } from "./types";

/**
 * The supervising office presses a commitment's departments (催办): what it asks goes to their
 * officials' my work until one of them answers. One unanswered reminder at a time per commitment:
 * a second would ask again before the first was heard. Only an open commitment is pressed.
 */
export const sendReminder = defineAction({
  name: "reminder.send",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "reminder.send",
  schema: ZSendReminder,
  async run({ actor, input, tx }) {
    // Locked, so two reviewers pressing at once do not both find no reminder waiting.
    await lockCommitment(tx, input.commitmentId);
    const commitment = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { status: true, leadDepartmentId: true } });
    if (!commitment) throw notFound();
    // Closed meanwhile (another tab, another reviewer): nothing to retry here, as a conflict.
    if (!isOpen(commitment.status)) throw new ExpectedError("conflict", "reminder.closed");
    if (commitment.leadDepartmentId === null) throw invalid("reminder.noDepartment");
    const waiting = await tx.reminder.count({ where: { commitmentId: input.commitmentId, ...WAITING_REMINDER } });
    if (waiting > 0) throw new ExpectedError("conflict", "reminder.waiting");
    const reminder = await tx.reminder.create({ data: { commitmentId: input.commitmentId, senderId: actor.id, note: input.note }, select: { id: true } });
    return {
      result: { reminderId: reminder.id, commitmentId: input.commitmentId },
      audit: [{ action: "reminder.send", entity: "Reminder", entityId: reminder.id, before: null, after: { commitmentId: input.commitmentId, reminderNote: input.note } }],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
