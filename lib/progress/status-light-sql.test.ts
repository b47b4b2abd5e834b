import { describe, expect, it } from "vitest";
import { statusLightSql } from "./status-light-sql";
import { AT_RISK_GAP_POINTS, BEHIND_GAP_POINTS, NOT_STARTED_ELAPSED_PERCENT } from "./status-thresholds";

// Whether the SQL gives the same lights as the TypeScript is checked against PostgreSQL in
// tests/integration/status-light-sql.test.ts; here only how the expression is put together.
describe("statusLightSql", () => {
  it("splices in the shared thresholds", () => {
    const sql = statusLightSql();
    expect(sql).toContain(`> ${BEHIND_GAP_POINTS * 100} *`);
    expect(sql).toContain(`> ${AT_RISK_GAP_POINTS * 100} *`);
    expect(sql).toContain(`< ${NOT_STARTED_ELAPSED_PERCENT} *`);
  });

  it("reads today from $1 unless told otherwise", () => {
    expect(statusLightSql()).toContain("($1)::date");
    expect(statusLightSql({ today: "$3" })).toContain("($3)::date");
    expect(statusLightSql({ today: "$3" })).not.toContain("$1");
  });

  it("prefixes every column with the table alias", () => {
    const sql = statusLightSql({ table: "c" });
    expect(sql).toContain('c."latestPercent"');
    expect(sql.replace(/c\."\w+"/g, "")).not.toMatch(/"\w+"/);
  });

  it("takes another start of the pace, such as the joined report's year", () => {
    expect(statusLightSql({ start: 'make_date(r."year", 1, 1)' })).not.toContain("originalDeadline");
  });

  it("refuses an alias that is not a plain identifier", () => {
    expect(() => statusLightSql({ table: 'c"; DROP TABLE "User' })).toThrow();
  });
});
