import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/translate";
import { formatNumber, formatTarget, type TargetFields } from "./format-target";

// A commitment's target and the figures reported against it, written alike on every page.

/** The target as lists show it: "≥ 2500个", or the milestone label (a milestone has no figure). */
export function formatTargetOrMilestone(c: TargetFields & { kind: CommitmentKind }, milestoneLabel: string, locale: Locale): string {
  return c.kind === "MILESTONE" ? milestoneLabel : formatTarget(c, locale);
}

/**
 * The latest approved figure with the target's unit ("100个"); for a milestone, done or not done
 * (its percent is 100 exactly when the approved update said done).
 */
export function formatLatestActual(
  c: { kind: CommitmentKind; latestActual: { toString(): string } | number | null; latestPercent: { toString(): string } | number | null; unit: string | null },
  done: { yes: string; no: string },
): string {
  if (c.kind === "MILESTONE") return c.latestPercent == null ? "" : Number(c.latestPercent.toString()) >= 100 ? done.yes : done.no;
  return `${formatNumber(c.latestActual)}${c.unit ?? ""}`;
}

/**
 * What one update reports: its figure with the unit ("60个", "—" when left out), or done / not
 * done for a milestone (`done` is null only on numeric updates). `actualValue` comes formatted.
 */
export function formatReportedActual(
  u: { done: boolean | null; actualValue: string | null },
  unit: string | null | undefined,
  done: { yes: string; no: string },
): string {
  return u.done === null ? `${u.actualValue ?? "—"}${unit ?? ""}` : u.done ? done.yes : done.no;
}
