import { Prisma } from "@/lib/generated/prisma/client";

type DecimalInput = number | string | { toString(): string };

/**
 * A value for a Decimal column, given to Prisma as a Prisma.Decimal. Prisma keeps a cache of
 * compiled query plans keyed by the query's shape with its values taken out — but it takes out
 * a Decimal instance only: a number or string written into a Decimal field stays in the key, so
 * every distinct figure compiled a new plan (on the event loop) and pushed useful plans out of
 * the cache. Write paths that run on every submission and approval use this.
 */
export function decimalParam(value: DecimalInput): Prisma.Decimal;
export function decimalParam(value: DecimalInput | null): Prisma.Decimal | null;
export function decimalParam(value: DecimalInput | null): Prisma.Decimal | null {
  return value === null ? null : new Prisma.Decimal(typeof value === "number" ? value : value.toString());
}
