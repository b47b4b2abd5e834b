import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { lockCommitments } from "@/lib/updates/find-scoped-commitment";
import { checkOwners, ownerSnapshot, ownerSnapshotSelect, refuseLeadAsSupporter, sameOwners } from "./owner-checks";
import { responsibleFitsLead } from "./responsible-fits-lead";
import { maySupport } from "./supporter-choices";
import { CLEAR_RESPONSIBLE, ZBulkAssignOwners, type TBulkAssignOwners } from "./types";

/**
 * The same owners for many commitments in one transaction: a lead department and/or a
 * responsible official replace the current ones, supporting departments are added or taken off.
 * One audit event per commitment, so each one's history stays complete.
 *
 * The responsible official belongs to the lead department, as on a single commitment: named
 * without a new lead, they must belong to every selected commitment's current lead; a new lead
 * without a new official clears officials of other departments (they could not even see it).
 * Cleared (CLEAR_RESPONSIBLE), the commitments are left without one until a successor is named:
 * how a departing official's work is handed over before their account is disabled. Audited as
 * any change of the responsible official is.
 */
export const bulkAssignOwners = defineAction({
  name: "commitment.bulkAssignOwners",
  subject: { entity: "Commitment" },
  permission: "commitment.assignOwners",
  schema: ZBulkAssignOwners,
  async run({ input, tx }) {
    const ids = [...new Set(input.commitmentIds)].sort((a, b) => a - b);
    // Made the lead and added as a supporter in one go: refused, as on a single commitment.
    await refuseLeadAsSupporter(tx, input.leadDepartmentId, input.addSupportingDepartmentIds, "addSupportingDepartmentIds");
    // Locked first, in id order (as every writer locks): the leads read below stay what the
    // responsible official is checked against until this transaction commits.
    await lockCommitments(tx, ids);
    const before = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, ...ownerSnapshotSelect } });
    if (before.length !== ids.length) throw notFound();
    const named = namedResponsible(input);
    const officialDepartment = await checkOwners(
      tx,
      [...(input.leadDepartmentId ? [input.leadDepartmentId] : []), ...input.addSupportingDepartmentIds],
      named,
      input.leadDepartmentId,
    );
    if (named != null && input.leadDepartmentId == null && before.some((c) => !responsibleFitsLead(officialDepartment, c.leadDepartmentId))) {
      throw invalid("owners.error.responsibleDepartmentBulk", undefined, "responsibleUserId");
    }
    // A department already leading one of the commitments is not added as its supporter too (it
    // would be both); the answer says on how many that happened.
    const leadOf = new Map(before.map((c) => [c.id, input.leadDepartmentId ?? c.leadDepartmentId]));
    const ledAlready = new Set(ids.filter((id) => input.addSupportingDepartmentIds.includes(leadOf.get(id) ?? -1)));
    // Written to all of them under a savepoint, then — where some end up with the owners they had —
    // undone and written again to the others only: an unchanged commitment keeps its version (an
    // admin's owners form open on it is not made stale) and is neither counted nor logged.
    await tx.$executeRaw`SAVEPOINT bulk_owners`;
    let after = await writeOwners(tx, ids, input, leadOf);
    const beforeById = new Map(before.map((c) => [c.id, c]));
    const isChanged = (c: (typeof after)[number]) => !sameOwners(ownerSnapshot(beforeById.get(c.id)!), ownerSnapshot(c));
    const changedIds = after.filter(isChanged).map((c) => c.id);
    if (changedIds.length < ids.length) {
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT bulk_owners`;
      after = changedIds.length ? await writeOwners(tx, changedIds, input, leadOf) : [];
    }
    return {
      result: { count: changedIds.length, unchanged: ids.length - changedIds.length, leadsAlready: ledAlready.size },
      audit: after.map((c) => ({
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

/** The official named responsible; null when the field leaves it unchanged or clears it. */
const namedResponsible = (input: TBulkAssignOwners): number | null => (typeof input.responsibleUserId === "number" ? input.responsibleUserId : null);

/** Writes the owners asked for to `ids` and reads them back as they now are. */
async function writeOwners(tx: Tx, ids: number[], input: TBulkAssignOwners, leadOf: Map<number, number | null>) {
  const named = namedResponsible(input);
  const cleared = input.responsibleUserId === CLEAR_RESPONSIBLE;
  await tx.commitment.updateMany({
    where: { id: { in: ids } },
    data: {
      ...(input.leadDepartmentId != null ? { leadDepartmentId: input.leadDepartmentId } : {}),
      ...(named != null ? { responsibleUserId: named } : cleared ? { responsibleUserId: null } : {}),
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
  const additions = ids.flatMap((commitmentId) =>
    input.addSupportingDepartmentIds.filter((departmentId) => maySupport(departmentId, leadOf.get(commitmentId))).map((departmentId) => ({ commitmentId, departmentId })),
  );
  if (additions.length) await tx.commitmentSupport.createMany({ data: additions, skipDuplicates: true });
  if (input.removeSupportingDepartmentIds.length) {
    await tx.commitmentSupport.deleteMany({ where: { commitmentId: { in: ids }, departmentId: { in: input.removeSupportingDepartmentIds } } });
  }
  return tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, ...ownerSnapshotSelect }, orderBy: { id: "asc" } });
}
