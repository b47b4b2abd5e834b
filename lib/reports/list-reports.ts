import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

/**
 * The reports, newest year first, with their sections and the commitments the reader may see
 * counted: an official's count is their department's, the number their list shows.
 */
function loadListReports(actor: Actor) {
  return db.report.findMany({
    orderBy: [{ year: "desc" }, { importedAt: "desc" }],
    select: {
      id: true,
      title: true,
      issuer: true,
      year: true,
      importedAt: true,
      _count: { select: { sections: true, commitments: { where: commitmentScopeWhere(actor) } } },
    },
  });
}

// Keyed as the other scoped reads are (listCommitments, getCommitmentDetail): role and department.
export const listReports = snapshotCached(loadListReports, { key: (actor) => [actor.role, actor.departmentId] });
