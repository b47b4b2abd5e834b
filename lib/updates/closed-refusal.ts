import { invalid, type ExpectedError } from "@/lib/actions/errors";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { todayIsoDay } from "@/lib/time/today";

/**
 * Why a closed commitment takes no update or request, naming the one closing in force (核验,
 * 未完成办结 or 撤销) rather than all three: the official who sent the form did not see it close.
 * Its day is the one the commitment's page shows beside it (a Beijing calendar day); a withdrawal
 * shows none there, and says none here.
 */
export function closedRefusal(commitment: { status: CommitmentStatus; verifiedAt: Date | null; unmetAt: Date | null }): ExpectedError {
  switch (commitment.status) {
    case "VERIFIED":
      return commitment.verifiedAt ? invalid("workflow.update.closedVerifiedOn", { day: todayIsoDay(commitment.verifiedAt) }) : invalid("workflow.update.closedVerified");
    case "UNMET":
      return commitment.unmetAt ? invalid("workflow.update.closedUnmetOn", { day: todayIsoDay(commitment.unmetAt) }) : invalid("workflow.update.closedUnmet");
    case "WITHDRAWN":
      return invalid("workflow.update.closedWithdrawn");
    default:
      throw new Error(`Commitment status ${commitment.status} is open`);
  }
}
