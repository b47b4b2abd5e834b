import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

/** The commitments of one report the actor may see, in report order, grouped by section. */
export async function listCommitmentsBySection(actor: Actor, reportId: number) {
  const sections = await db.section.findMany({
    where: { reportId },
    orderBy: { order: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      commitments: {
        where: commitmentScopeWhere(actor),
        orderBy: { position: "asc" },
        select: {
          id: true,
          reportId: true,
          kind: true,
          theme: true,
          indicator: true,
          quote: true,
          comparator: true,
          targetValue: true,
          targetMin: true,
          targetMax: true,
          unit: true,
          deadline: true,
          deadlineStated: true,
          leadDepartment: { select: { name: true } },
        },
      },
    },
  });
  return sections.filter((s) => s.commitments.length > 0);
}
