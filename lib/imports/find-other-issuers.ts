import "server-only";
import { db } from "@/lib/db";
import { otherIssuers } from "./other-issuers";

/**
 * The issuers of the reports imported, the first imported first (the government this instance
 * was set up for), when `draftIssuer` is none of them; empty when it is one, or none is imported.
 */
export async function findOtherIssuers(draftIssuer: string): Promise<string[]> {
  const issuers = await db.report.groupBy({ by: ["issuer"], _min: { id: true }, orderBy: { _min: { id: "asc" } } });
  return otherIssuers(draftIssuer, issuers.map((r) => r.issuer));
}
