import { invalid, type ExpectedError } from "@/lib/actions/errors";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/zh";
import { todayIsoDay } from "@/lib/time/today";

type Closed = { status: CommitmentStatus; verifiedAt: Date | null; unmetAt: Date | null };

/**
 * What closed the commitment, as a message: the one closing in force (核验, 未完成办结 or 撤销)
 * rather than all three, with its day where the commitment's page shows one beside it (a Beijing
 * calendar day); a withdrawal shows none there, and says none here. The refusal of a form sent
 * to a closed commitment says it, and so does the page where the forms no longer are.
 */
export function closedReason(commitment: Closed): { key: MessageKey; params?: { day: string } } {
  switch (commitment.status) {
    case "VERIFIED":
      return commitment.verifiedAt ? { key: "workflow.update.closedVerifiedOn", params: { day: todayIsoDay(commitment.verifiedAt) } } : { key: "workflow.update.closedVerified" };
    case "UNMET":
      return commitment.unmetAt ? { key: "workflow.update.closedUnmetOn", params: { day: todayIsoDay(commitment.unmetAt) } } : { key: "workflow.update.closedUnmet" };
    case "WITHDRAWN":
      return { key: "workflow.update.closedWithdrawn" };
    default:
      throw new Error(`Commitment status ${commitment.status} is open`);
  }
}

/**
 * Why a closed commitment takes no update or request (closedReason): the official who sent the
 * form did not see it close.
 */
export function closedRefusal(commitment: Closed): ExpectedError {
  const { key, params } = closedReason(commitment);
  return invalid(key, params);
}
