import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { checkOwners, ownerSnapshot, ownerSnapshotSelect, refuseLeadAsSupporter } from "./owner-checks";
import { responsibleFitsLead } from "./responsible-fits-lead";
import { ZBulkAssignOwners } from "./types";

/**
 * The same owners for many commitments in one transaction: a lead department and/or a
 * responsible official replace the current ones, supporting departments are added. One audit
 * event per commitment, so each one's history stays complete.
 *
 * The responsible official belongs to the lead department, as on a single commitment: named
 * without a new lead, they must belong to every selected commitment's current lead; a new lead
 * without a new official clears officials of other departments (they could not even see it).
 */
export const bulkAssignOwners = defineAction({
  permission: "commitment.assignOwners",
  schema: ZBulkAssignOwners,
  async run({ input, tx }) {
    const ids = [...new Set(input.commitmentIds)].sort((a, b) => a - b);
    // Made the lead and added as a supporter in one go: refused, as on a single commitment.
    await refuseLeadAsSupporter(tx, input.leadDepartmentId, input.addSupportingDepartmentIds, "addSupportingDepartmentIds");
    // Locked first, in id order (as every writer locks): the leads read below stay what the
    // responsible official is checked against until this transaction commits.
    await tx.$executeRaw`SELECT 1 FROM "Commitment" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
    const before = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, ...ownerSnapshotSelect } });
    if (before.length !== ids.length) throw notFound();
    const officialDepartment = await checkOwners(
      tx,
      [...(input.leadDepartmentId ? [input.leadDepartmentId] : []), ...input.addSupportingDepartmentIds],
      input.responsibleUserId,
      input.leadDepartmentId,
    );
    if (input.responsibleUserId != null && input.leadDepartmentId == null && before.some((c) => !responsibleFitsLead(officialDepartment, c.leadDepartmentId))) {
      throw invalid("owners.error.responsibleDepartmentBulk", undefined, "responsibleUserId");
    }
    // Undone below when no commitment's owners end up different: nothing written, nothing logged.
    await tx.$executeRaw`SAVEPOINT bulk_owners`;
    await tx.commitment.updateMany({
      where: { id: { in: ids } },
      data: {
        ...(input.leadDepartmentId != null ? { leadDepartmentId: input.leadDepartmentId } : {}),
        ...(input.responsibleUserId != null ? { responsibleUserId: input.responsibleUserId } : {}),
        version: { increment: 1 },
      },
    });
    if (input.leadDepartmentId != null && input.responsibleUserId == null) {
      await tx.commitment.updateMany({
        where: { id: { in: ids }, responsibleUser: { departmentId: { not: input.leadDepartmentId } } },
        data: { responsibleUserId: null },
      });
    }
    if (input.leadDepartmentId != null) {
      // A department cannot both lead and support the same commitment.
      await tx.commitmentSupport.deleteMany({ where: { commitmentId: { in: ids }, departmentId: input.leadDepartmentId } });
    }
    // A department already leading one of the commitments is not added as its supporter too (it
    // would be both); the answer says on how many that happened.
    const leadOf = new Map(before.map((c) => [c.id, input.leadDepartmentId ?? c.leadDepartmentId]));
    const additions: { commitmentId: number; departmentId: number }[] = [];
    const ledAlready = new Set<number>();
    for (const commitmentId of ids) {
      for (const departmentId of input.addSupportingDepartmentIds) {
        if (departmentId === leadOf.get(commitmentId)) ledAlready.add(commitmentId);
        else additions.push({ commitmentId, departmentId });
      }
    }
    if (additions.length) await tx.commitmentSupport.createMany({ data: additions, skipDuplicates: true });
    const after = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, ...ownerSnapshotSelect } });
    const beforeById = new Map(before.map((c) => [c.id, c]));
    // Owners as they were on some (or all) of them: those are not said to be updated, nor logged.
    const changed = after.filter((c) => !sameOwners(ownerSnapshot(beforeById.get(c.id)!), ownerSnapshot(c)));
    if (changed.length === 0) {
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT bulk_owners`;
      return { result: { count: 0, unchanged: ids.length, leadsAlready: ledAlready.size }, audit: [] };
    }
    return {
      result: { count: changed.length, unchanged: ids.length - changed.length, leadsAlready: ledAlready.size },
      audit: changed.map((c) => ({
        action: "commitment.assignOwners",
        entity: "Commitment",
        entityId: c.id,
        before: ownerSnapshot(beforeById.get(c.id)!),
        after: { ...ownerSnapshot(c), bulk: true },
      })),
    };
  },
  revalidate: () => ["/commitments", "/my-work"],
});

/** The same owners, whatever the version says (every selected row's version was raised). */
function sameOwners(a: ReturnType<typeof ownerSnapshot>, b: ReturnType<typeof ownerSnapshot>): boolean {
  return a.leadDepartmentId === b.leadDepartmentId && a.responsibleUserId === b.responsibleUserId && a.supportingDepartmentIds.join() === b.supportingDepartmentIds.join();
}
