import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

/**
 * A report with its text and sections; each section counts the commitments the reader may see.
 * Read once per request: the page's title names the report too.
 */
export const getReport = cache(function getReport(reportId: number, actor: Actor) {
  return db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      title: true,
      issuer: true,
      year: true,
      deliveredOn: true,
      importedAt: true,
      sourceText: true,
      sections: {
        orderBy: { order: "asc" },
        select: { id: true, code: true, title: true, start: true, end: true, _count: { select: { commitments: { where: commitmentScopeWhere(actor) } } } },
      },
    },
  });
});
