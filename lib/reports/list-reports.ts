import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

/**
 * The reports, newest year first, with the commitments the reader may see counted (an official's
 * count is their department's, the number their list shows) and the sections that hold them: a
 * section of the report's text with none (a part on risks, with no figure to track) is no part
 * of the work, and the dashboard's chart by section has no bar for it either.
 */
function loadListReports(actor: Actor) {
  const scope = commitmentScopeWhere(actor);
  return db.report.findMany({
    orderBy: [{ year: "desc" }, { importedAt: "desc" }],
    select: {
      id: true,
      title: true,
      issuer: true,
      year: true,
      importedAt: true,
      _count: { select: { sections: { where: { commitments: { some: scope } } }, commitments: { where: scope } } },
    },
  });
}

// Keyed as the other scoped reads are (listCommitments, getCommitmentDetail): role and department.
export const listReports = snapshotCached(loadListReports, { key: (actor) => [actor.role, actor.departmentId] });
