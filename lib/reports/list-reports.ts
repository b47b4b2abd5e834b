import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

function loadListReports() {
  return db.report.findMany({
    orderBy: [{ year: "desc" }, { importedAt: "desc" }],
    select: {
      id: true,
      title: true,
      issuer: true,
      year: true,
      importedAt: true,
      _count: { select: { sections: true, commitments: true } },
    },
  });
}

export const listReports = snapshotCached(loadListReports);
