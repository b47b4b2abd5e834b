import type { DayInput } from "@/lib/progress/iso-day";
import { isOvertakenReturn, type ReadingOrder } from "./later-reading";

/** A reading of the commitment as the page has it: ISO day and ISO moment strings. */
interface Reading {
  state: string;
  asOf: string;
  createdAt: string;
}

/**
 * Why a returned reading has nothing left to answer, or null when it is still to answer — the
 * rule of "my work" (RETURNED_TO_ANSWER_SQL, lib/my-work/returned-updates-where.ts) read from the
 * readings the commitment page already has, so that the page offers 修改后重新报送 exactly when
 * my work lists the return: "overtaken" when the latest approved reading stands over it and was
 * sent after it, "reportedAgain" when a reading of the same day or later was sent after the return
 * and waits for review (the official reported again instead of answering it).
 */
export function settledReturn(
  latest: { latestAsOf: DayInput | null; latestUpdateId: number | null },
  update: ReadingOrder & { asOf: string; reviewedAt: string | null },
  readings: readonly Reading[],
): "overtaken" | "reportedAgain" | null {
  if (isOvertakenReturn(latest, update)) return "overtaken";
  const returnedAt = update.reviewedAt;
  if (returnedAt === null) return null;
  // ISO days and ISO moments (all UTC, one format) order as strings.
  const waitingAfter = readings.some((n) => n.state === "SUBMITTED" && n.asOf >= update.asOf && n.createdAt > returnedAt);
  return waitingAfter ? "reportedAgain" : null;
}
