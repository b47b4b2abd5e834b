import "server-only";
import { db } from "@/lib/db";

export function getReport(reportId: number) {
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
        select: { id: true, code: true, title: true, start: true, end: true, _count: { select: { commitments: true } } },
      },
    },
  });
}
