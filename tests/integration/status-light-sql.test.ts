import { describe, expect, it } from "vitest";
import { STATUS_LIGHT_CASES } from "@/lib/progress/__fixtures__/status-light-cases";
import { yearStartOf } from "@/lib/progress/iso-day";
import { statusLight } from "@/lib/progress/status-light";
import { statusLightSql } from "@/lib/progress/status-light-sql";
import { commitmentLight, commitmentLightSelect } from "@/lib/commitments/commitment-light";
import { seedCommitment } from "@/lib/seed/factories";
import { db } from "./support";

// The SQL mirror must give the light the TypeScript rule gives, on every case of the
// specification table. The cases are rows of a VALUES list typed like the Commitment columns
// (the real enums, numeric(7,2), date), so no table and no data are needed.

const COLUMNS = ["name", "kind", "comparator", "status", "originalDeadline", "deadline", "latestPercent", "latestAsOf", "unit", "targetMin", "today"];
const CASTS = ["text", '"CommitmentKind"', '"Comparator"', '"CommitmentStatus"', "date", "date", "numeric(7,2)", "date", "text", "numeric(20,4)", "date"];

describe("the status light in SQL", () => {
  it("agrees with the TypeScript rule and the specification on every case", async () => {
    const params = STATUS_LIGHT_CASES.flatMap((c) => [c.name, c.kind, c.comparator, c.status, c.originalDeadline, c.deadline, c.latestPercent, c.latestAsOf, c.unit, c.targetMin, c.today]);
    const values = STATUS_LIGHT_CASES.map((_, row) => `(${CASTS.map((cast, col) => `$${row * CASTS.length + col + 1}::${cast}`).join(", ")})`);
    const rows = await db.$queryRawUnsafe<{ name: string; light: string }[]>(
      `SELECT "name", ${statusLightSql({ today: '"today"' })} AS light
       FROM (VALUES ${values.join(",\n")}) AS t(${COLUMNS.map((c) => `"${c}"`).join(", ")})`,
      ...params,
    );

    const fromSql = new Map(rows.map((r) => [r.name, r.light]));
    const disagreements = STATUS_LIGHT_CASES.flatMap(({ name, today, expected, originalDeadline, ...row }) => {
      const ts = statusLight({ ...row, start: yearStartOf(originalDeadline) }, today);
      const sql = fromSql.get(name);
      return ts === expected && sql === expected ? [] : [{ name, expected, ts, sql }];
    });
    expect(rows).toHaveLength(STATUS_LIGHT_CASES.length);
    expect(disagreements).toEqual([]);
  });

  it("gives the list's light and the commitment page's the same pace for a deadline stated in a later year", async () => {
    // "2025年底前…" in a 2024 report, nothing reported yet, judged in September 2024.
    const commitment = await seedCommitment(db, { year: 2024, deadline: "2025-12-31", targetValue: 10 });
    const row = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id }, select: commitmentLightSelect });
    const [{ light }] = await db.$queryRawUnsafe<{ light: string }[]>(`SELECT ${statusLightSql({ table: "c", today: "$1" })} AS light FROM "Commitment" c WHERE c.id = $2`, "2024-09-01", commitment.id);
    expect(commitmentLight(row, "2024-09-01")).toBe(light);
  });

  it("runs on the Commitment table itself, with an alias and today as a parameter", async () => {
    const rows = await db.$queryRawUnsafe<{ light: string }[]>(
      `SELECT ${statusLightSql({ table: "c", today: "$1" })} AS light FROM "Commitment" c LIMIT 5`,
      "2023-06-30",
    );
    expect(Array.isArray(rows)).toBe(true);
  });
});
