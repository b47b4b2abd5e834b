import type { CommitmentKind, CommitmentStatus, Comparator } from "@/lib/generated/prisma/enums";
import { reportYearStart } from "@/lib/progress/iso-day";
import { statusLight, type StatusLight } from "@/lib/progress/status-light";

type Decimal = { toString(): string } | number | null;

/** A commitment row as Prisma returns it (Decimals), with its report's year. */
export interface CommitmentLightFields {
  kind: CommitmentKind;
  comparator: Comparator | null;
  status: CommitmentStatus;
  deadline: Date;
  latestPercent: Decimal;
  latestAsOf: Date | null;
  unit: string | null;
  targetMin: Decimal;
  report: { year: number };
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
  report: { select: { year: true } },
} as const;

const toNumber = (d: Decimal) => (d == null ? null : Number(d.toString()));

/** The status light of one commitment on `today`, paced from Jan 1 of its report's year. */
export function commitmentLight(c: CommitmentLightFields, today: string): StatusLight {
  return statusLight(
    {
      kind: c.kind,
      comparator: c.comparator,
      status: c.status,
      deadline: c.deadline,
      latestPercent: toNumber(c.latestPercent),
      latestAsOf: c.latestAsOf,
      start: reportYearStart(c.report.year),
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
