import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db";
import { ExpectedError, invalid, notFound } from "@/lib/actions/errors";
import { checkOwners, ownerSnapshot, ownerSnapshotSelect, refuseLeadAsSupporter, sameOwners } from "./owner-checks";
import { ZAssignOwners } from "./types";

/**
 * Sets a commitment's lead department (牵头单位), supporting departments (配合单位) and responsible
 * official. Refused when someone changed the commitment since the editor read it: the message
 * shows the owners as they are now, and nothing is overwritten.
 */
export const assignOwners = defineAction({
  name: "commitment.assignOwners",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "commitment.assignOwners",
  schema: ZAssignOwners,
  async run({ input, tx }) {
    const current = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: ownerSnapshotSelect });
    if (!current) throw notFound();
    // A responsible official answers to the lead department (the bulk form refuses the same on
    // commitments without one): naming one before a lead exists is refused, not left unchecked.
    if (input.responsibleUserId != null && input.leadDepartmentId == null) throw invalid("owners.error.responsibleNeedsLead", undefined, "responsibleUserId");
    // (The form unpicks a supporter made the lead.)
    await refuseLeadAsSupporter(tx, input.leadDepartmentId, input.supportingDepartmentIds, "supportingDepartmentIds");
    const supporting = [...new Set(input.supportingDepartmentIds)].sort((a, b) => a - b);
    const currentSupporting = current.supporting.map((s) => s.departmentId);
    // Saved as it was: nothing is written, no version taken, no empty audit event.
    const unchanged =
      input.version === current.version &&
      sameOwners(
        { leadDepartmentId: input.leadDepartmentId, responsibleUserId: input.responsibleUserId, supportingDepartmentIds: supporting },
        { leadDepartmentId: current.leadDepartmentId, responsibleUserId: current.responsibleUserId, supportingDepartmentIds: currentSupporting },
      );
    if (unchanged) return { result: { commitmentId: input.commitmentId, version: current.version, changed: false }, audit: [] };
    // A department deactivated since may stay in the role it has (lead stays lead, supporter stays
    // supporter); anything new, a promotion included, must be active.
    const kept = [
      ...(current.leadDepartmentId != null && input.leadDepartmentId === current.leadDepartmentId ? [current.leadDepartmentId] : []),
      ...supporting.filter((id) => currentSupporting.includes(id)),
    ];
    await checkOwners(tx, [...(input.leadDepartmentId ? [input.leadDepartmentId] : []), ...supporting], input.responsibleUserId, input.leadDepartmentId, kept);

    const claimed = await tx.commitment.updateMany({
      where: { id: input.commitmentId, version: input.version },
      data: { leadDepartmentId: input.leadDepartmentId, responsibleUserId: input.responsibleUserId, version: { increment: 1 } },
    });
    if (claimed.count === 0) throw await staleEdit(tx, input.commitmentId);
    await tx.commitmentSupport.deleteMany({ where: { commitmentId: input.commitmentId } });
    if (supporting.length) {
      await tx.commitmentSupport.createMany({ data: supporting.map((departmentId) => ({ commitmentId: input.commitmentId, departmentId })) });
    }
    const after = await tx.commitment.findUniqueOrThrow({ where: { id: input.commitmentId }, select: ownerSnapshotSelect });
    return {
      result: { commitmentId: input.commitmentId, version: after.version, changed: true },
      audit: [{ action: "commitment.assignOwners", entity: "Commitment", entityId: input.commitmentId, before: ownerSnapshot(current), after: ownerSnapshot(after) }],
    };
  },
  revalidate: (r) => [`/commitments/${r.commitmentId}`, "/commitments", "/my-work"],
});

async function staleEdit(tx: Tx, commitmentId: number) {
  const now = await tx.commitment.findUniqueOrThrow({
    where: { id: commitmentId },
    select: {
      leadDepartment: { select: { name: true } },
      responsibleUser: { select: { displayName: true } },
      supporting: { select: { department: { select: { name: true } } } },
    },
  });
  return new ExpectedError("conflict", "owners.error.stale", {
    lead: now.leadDepartment?.name ?? "—",
    // A list: joined by "、" or ", " in the reader's language.
    supporting: now.supporting.length ? now.supporting.map((s) => s.department.name) : "—",
    responsible: now.responsibleUser?.displayName ?? "—",
  });
}
