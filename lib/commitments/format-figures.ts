import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/translate";
import { figuresWithUnit, formatNumber, formatTarget, type TargetFields } from "./format-target";

// A commitment's target and the figures reported against it, written alike on every page.

/** The target as lists show it: "≥ 2500个", or the milestone label (a milestone has no figure). */
export function formatTargetOrMilestone(c: TargetFields & { kind: CommitmentKind }, milestoneLabel: string, locale: Locale): string {
  return c.kind === "MILESTONE" ? milestoneLabel : formatTarget(c, locale);
}

/**
 * The latest approved figure with the target's unit ("100个", "100" in English); for a milestone,
 * done or not done (its percent is 100 exactly when the approved update said done).
 */
export function formatLatestActual(
  c: { kind: CommitmentKind; latestActual: { toString(): string } | number | null; latestPercent: { toString(): string } | number | null; unit: string | null },
  done: { yes: string; no: string },
  locale: Locale,
): string {
  if (c.kind === "MILESTONE") return c.latestPercent == null ? "" : Number(c.latestPercent.toString()) >= 100 ? done.yes : done.no;
  return figuresWithUnit([formatNumber(c.latestActual)], c.unit, locale);
}

/**
 * What one update reports: its figure with the unit ("60个", "60" in English; "—" when left out),
 * or done / not done for a milestone (`done` is null only on numeric updates). `actualValue`
 * comes formatted.
 */
export function formatReportedActual(
  u: { done: boolean | null; actualValue: string | null },
  unit: string | null | undefined,
  done: { yes: string; no: string },
  locale: Locale,
): string {
  if (u.done !== null) return u.done ? done.yes : done.no;
  // No figure: a dash (the Chinese page's "—个" as it always was).
  if (u.actualValue === null) return locale === "en" ? "—" : `—${unit ?? ""}`;
  return figuresWithUnit([u.actualValue], unit ?? null, locale);
}

/**
 * A completion percent as every page says it: to the two decimals it is kept with, without
 * trailing zeros ("33.33%", "50%"), so the list, the commitment's page and the review queue agree.
 * A figure worked out here (a chart's expected line, a mean) is rounded to two decimals as well,
 * never up to 100: 99.996 of a target is not met (percent-complete.ts keeps stored ones below 100
 * the same way). The ledger's Excel cell keeps the number itself, shown as 0.00%.
 */
export function formatPercent(value: { toString(): string } | number): string {
  const exact = Number(value.toString());
  const shown = Number(exact.toFixed(2));
  return `${shown >= 100 && exact < 100 ? 99.99 : shown}%`;
}
