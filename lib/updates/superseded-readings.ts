import { toIsoDay } from "@/lib/progress/iso-day";
import { isLaterReading, type ReadingOrder } from "./later-reading";

/**
 * The approved readings another approved reading of the same day stands over (isLaterReading: the
 * one sent later is the correction), by id: the rule the commitment's figures, its chart and the
 * progress report keep, so the timeline marks these and counts none of their figures.
 */
export function supersededReadings(updates: readonly (ReadingOrder & { state: string })[]): Set<number> {
  const standing = new Map<string, ReadingOrder>();
  for (const u of updates) {
    if (u.state !== "APPROVED") continue;
    const day = toIsoDay(u.asOf);
    const kept = standing.get(day);
    if (!kept || isLaterReading(u, kept)) standing.set(day, u);
  }
  const superseded = new Set<number>();
  for (const u of updates) if (u.state === "APPROVED" && standing.get(toIsoDay(u.asOf))!.id !== u.id) superseded.add(u.id);
  return superseded;
}
