import type { CommitmentKind, CommitmentStatus, Comparator } from "@/lib/generated/prisma/enums";
import { yearStartOf } from "@/lib/progress/iso-day";
import { statusLight, type StatusLight } from "@/lib/progress/status-light";

type Decimal = { toString(): string } | number | null;

/** A commitment row as Prisma returns it (Decimals). */
export interface CommitmentLightFields {
  kind: CommitmentKind;
  comparator: Comparator | null;
  status: CommitmentStatus;
  deadline: Date;
  latestPercent: Decimal;
  latestAsOf: Date | null;
  unit: string | null;
  targetMin: Decimal;
  /** The deadline as the report stated it (no extension moves it): its year starts the pace. */
  originalDeadline: Date;
}

/** What a Prisma query selects to read a CommitmentLightFields row. */
export const commitmentLightSelect = {
  kind: true,
  comparator: true,
  status: true,
  deadline: true,
  latestPercent: true,
  latestAsOf: true,
  unit: true,
  targetMin: true,
  originalDeadline: true,
} as const;

const toNumber = (d: Decimal) => (d == null ? null : Number(d.toString()));

/**
 * Where a commitment's pace starts: Jan 1 of the year its deadline was stated for — the report's
 * year for every deadline inside it, the later year for "2025年底前…" in a 2024 report. The status
 * light SQL (status-light-sql.ts) uses the same day, so every page shows the same light.
 */
export function paceStart(c: { originalDeadline: Date }): string {
  return yearStartOf(c.originalDeadline);
}

/** The status light of one commitment on `today`, paced from paceStart. */
export function commitmentLight(c: CommitmentLightFields, today: string): StatusLight {
  return statusLight(
    {
      kind: c.kind,
      comparator: c.comparator,
      status: c.status,
      deadline: c.deadline,
      latestPercent: toNumber(c.latestPercent),
      latestAsOf: c.latestAsOf,
      start: paceStart(c),
      unit: c.unit,
      targetMin: toNumber(c.targetMin),
    },
    today,
  );
}

/**
 * What verifyCommitment accepts (it checks the two parts apart, to say which is missing): approved
 * figures at 100% and a COMPLETED light. awaitingVerificationCondition() (lib/reviews/awaiting-verification-sql.ts) is the same rule in SQL.
 */
export function isVerifiable(c: CommitmentLightFields, light: StatusLight): boolean {
  return light === "COMPLETED" && c.latestPercent !== null && Number(c.latestPercent.toString()) >= 100;
}
