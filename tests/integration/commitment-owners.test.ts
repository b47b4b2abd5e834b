import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { assignOwners } from "@/lib/commitments/assign-owners";
import { bulkAssignOwners } from "@/lib/commitments/bulk-assign-owners";
import { actorFor, auditEventFor, db, department, reportWithCommitments } from "./support";

describe("assigning owners", () => {
  it("sets lead, supporting departments and responsible official, audited before/after", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [lead, helper] = [await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: lead.id });
    const { commitments: [c] } = await reportWithCommitments([{ indicator: "新增高标准农田", targetValue: 11 }]);
    const result = await executeAction(assignOwners, admin, {
      commitmentId: String(c.id),
      version: String(c.version),
      leadDepartmentId: String(lead.id),
      supportingDepartmentIds: [String(helper.id)],
      responsibleUserId: String(official.id),
    });
    expect(result).toMatchObject({ ok: true, data: { version: c.version + 1, changed: true } });
    const stored = await db.commitment.findUniqueOrThrow({ where: { id: c.id }, include: { supporting: true } });
    expect(stored.leadDepartmentId).toBe(lead.id);
    expect(stored.responsibleUserId).toBe(official.id);
    expect(stored.supporting.map((s) => s.departmentId)).toEqual([helper.id]);
    const event = await auditEventFor("commitment.assignOwners", c.id);
    expect(event.before).toMatchObject({ leadDepartmentId: null, supportingDepartmentIds: [] });
    expect(event.after).toMatchObject({ leadDepartmentId: lead.id, supportingDepartmentIds: [helper.id], responsibleUserId: official.id });
  });

  it("refuses the lead department as a supporter too, naming it, and writes nothing", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [lead, helper] = [await department(), await department()];
    const { commitments: [c] } = await reportWithCommitments([{ indicator: "牵头又配合的任务" }]);
    const result = await executeAction(assignOwners, admin, { commitmentId: c.id, version: c.version, leadDepartmentId: lead.id, supportingDepartmentIds: [helper.id, lead.id] });
    const message = `“${lead.name}”已是牵头单位，不能同时作为配合单位：请在配合单位中取消选择它。`;
    expect(result).toMatchObject({ ok: false, message, fieldErrors: { supportingDepartmentIds: [message] } });
    const stored = await db.commitment.findUniqueOrThrow({ where: { id: c.id }, include: { supporting: true } });
    expect(stored).toMatchObject({ leadDepartmentId: null, version: c.version, supporting: [] });
  });

  it("saves owners as they were without a new version or an audit event", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [lead, helper] = [await department(), await department()];
    const { commitments: [c] } = await reportWithCommitments([{ indicator: "分工未变的任务", leadDepartmentId: lead.id }]);
    await db.commitmentSupport.create({ data: { commitmentId: c.id, departmentId: helper.id } });
    const result = await executeAction(assignOwners, admin, { commitmentId: c.id, version: c.version, leadDepartmentId: lead.id, supportingDepartmentIds: [helper.id] });
    expect(result).toMatchObject({ ok: true, data: { version: c.version, changed: false } });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ version: c.version });
    expect(await db.auditEvent.count({ where: { action: "commitment.assignOwners", entityId: String(c.id) } })).toBe(0);
    // A stale editor is still told, even when what it sends is what is stored.
    await db.commitment.update({ where: { id: c.id }, data: { version: { increment: 1 } } });
    expect(await executeAction(assignOwners, admin, { commitmentId: c.id, version: c.version, leadDepartmentId: lead.id, supportingDepartmentIds: [helper.id] })).toMatchObject({ ok: false });
  });

  it("keeps a department deactivated since where it already is, and adds it nowhere new", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [old, helper, active] = [await department(), await department(), await department()];
    const { commitments: [c, other] } = await reportWithCommitments([
      { indicator: "旧局牵头的任务", leadDepartmentId: old.id },
      { indicator: "另一项任务" },
    ]);
    await db.commitmentSupport.create({ data: { commitmentId: c.id, departmentId: helper.id } });
    await db.department.updateMany({ where: { id: { in: [old.id, helper.id] } }, data: { active: false } });
    // Adding a supporter keeps the inactive lead and the inactive supporter as they are.
    const kept = await executeAction(assignOwners, admin, { commitmentId: c.id, version: c.version, leadDepartmentId: old.id, supportingDepartmentIds: [helper.id, active.id] });
    expect(kept).toMatchObject({ ok: true });
    const stored = await db.commitment.findUniqueOrThrow({ where: { id: c.id }, include: { supporting: { orderBy: { departmentId: "asc" } } } });
    expect([stored.leadDepartmentId, stored.supporting.map((s) => s.departmentId)]).toEqual([old.id, [helper.id, active.id].sort((a, b) => a - b)]);
    // Promoted from supporter to lead it is new in that role: refused.
    const current = await db.commitment.findUniqueOrThrow({ where: { id: c.id } });
    expect(await executeAction(assignOwners, admin, { commitmentId: c.id, version: current.version, leadDepartmentId: helper.id, supportingDepartmentIds: [active.id] })).toMatchObject({ ok: false, message: "所选部门不存在或已停用。" });
    // Elsewhere it is refused as any inactive department is.
    expect(await executeAction(assignOwners, admin, { commitmentId: other.id, version: other.version, leadDepartmentId: old.id })).toMatchObject({ ok: false, message: "所选部门不存在或已停用。" });
  });

  it("refuses a stale edit, names the owners as they are now, and overwrites nothing", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [first, second] = [await department(), await department()];
    const { commitments: [c] } = await reportWithCommitments([{ indicator: "储备项目", targetValue: 2500 }]);
    expect(await executeAction(assignOwners, admin, { commitmentId: c.id, version: c.version, leadDepartmentId: first.id })).toMatchObject({ ok: true });
    const stale = await executeAction(assignOwners, admin, { commitmentId: c.id, version: c.version, leadDepartmentId: second.id });
    expect(stale).toMatchObject({ ok: false, kind: "conflict" });
    if (!stale.ok) expect(stale.message).toContain(first.name);
    expect((await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).leadDepartmentId).toBe(first.id);
  });

  it("refuses a responsible official from another department, and non-admins", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [lead, other] = [await department(), await department()];
    const outsider = await actorFor({ role: "OFFICIAL", departmentId: other.id });
    const { commitments: [c] } = await reportWithCommitments([{ indicator: "重大项目", targetValue: 388 }]);
    const wrong = await executeAction(assignOwners, admin, { commitmentId: c.id, version: c.version, leadDepartmentId: lead.id, responsibleUserId: outsider.id });
    expect(wrong).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { responsibleUserId: ["责任人必须属于牵头单位。"] } });
    // Without a lead department there is nothing to answer to: refused too, as in bulk.
    const unled = await executeAction(assignOwners, admin, { commitmentId: c.id, version: c.version, leadDepartmentId: "", responsibleUserId: outsider.id });
    expect(unled).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { responsibleUserId: ["请先指定牵头单位，再指定责任人。"] } });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).responsibleUserId).toBeNull();
    for (const role of ["REVIEWER", "VIEWER"] as const) {
      const actor = await actorFor({ role });
      expect(await executeAction(assignOwners, actor, { commitmentId: c.id, version: c.version, leadDepartmentId: lead.id })).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect(await executeAction(assignOwners, outsider, { commitmentId: c.id, version: c.version, leadDepartmentId: other.id })).toMatchObject({ ok: false, kind: "forbidden" });
  });

  it("assigns in bulk in one transaction, one audit event per commitment", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [lead, helper] = [await department(), await department()];
    const { commitments } = await reportWithCommitments([{ indicator: "甲" }, { indicator: "乙" }, { indicator: "丙" }]);
    const ids = commitments.slice(0, 2).map((c) => String(c.id));
    const result = await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, leadDepartmentId: String(lead.id), addSupportingDepartmentIds: String(helper.id) });
    expect(result).toMatchObject({ ok: true, data: { count: 2 } });
    const stored = await db.commitment.findMany({ where: { id: { in: commitments.map((c) => c.id) } }, orderBy: { id: "asc" }, include: { supporting: true } });
    expect(stored.map((c) => c.leadDepartmentId)).toEqual([lead.id, lead.id, null]);
    expect(stored.map((c) => c.supporting.length)).toEqual([1, 1, 0]);
    expect(await db.auditEvent.count({ where: { action: "commitment.assignOwners", entityId: { in: ids } } })).toBe(2);

    // The same owners again: said to change nothing, and nothing is written or logged.
    const versions = stored.map((c) => c.version);
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, leadDepartmentId: String(lead.id), addSupportingDepartmentIds: String(helper.id) })).toMatchObject({ ok: true, data: { count: 0, unchanged: 2 } });
    expect((await db.commitment.findMany({ where: { id: { in: commitments.map((c) => c.id) } }, orderBy: { id: "asc" } })).map((c) => c.version)).toEqual(versions);
    expect(await db.auditEvent.count({ where: { action: "commitment.assignOwners", entityId: { in: ids } } })).toBe(2);

    const missing = await executeAction(bulkAssignOwners, admin, { commitmentIds: [...ids, "999999999"], leadDepartmentId: String(helper.id) });
    expect(missing).toMatchObject({ ok: false, kind: "not_found" });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitments[0].id } })).leadDepartmentId).toBe(lead.id);
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids })).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("in bulk, takes a supporting department off every selected commitment (a department reorganised away), audited", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [lead, leaving, staying] = [await department(), await department(), await department()];
    const { commitments } = await reportWithCommitments([{ indicator: "甲", leadDepartmentId: lead.id }, { indicator: "乙", leadDepartmentId: lead.id }]);
    const ids = commitments.map((c) => String(c.id));
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, addSupportingDepartmentIds: [String(leaving.id), String(staying.id)] })).toMatchObject({ ok: true, data: { count: 2 } });
    // Added and removed at once: refused, nothing written.
    const both = await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, addSupportingDepartmentIds: String(leaving.id), removeSupportingDepartmentIds: String(leaving.id) });
    expect(both).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { removeSupportingDepartmentIds: ["同一单位不能同时增加和移除为配合单位。"] } });
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, removeSupportingDepartmentIds: String(leaving.id) })).toMatchObject({ ok: true, data: { count: 2 } });
    const stored = await db.commitment.findMany({ where: { id: { in: commitments.map((c) => c.id) } }, orderBy: { id: "asc" }, include: { supporting: true } });
    expect(stored.map((c) => c.supporting.map((s) => s.departmentId))).toEqual([[staying.id], [staying.id]]);
    const removal = await db.auditEvent.findFirstOrThrow({ where: { action: "commitment.assignOwners", entityId: ids[0] }, orderBy: { id: "desc" } });
    expect(removal.after).toMatchObject({ supportingDepartmentIds: [staying.id], bulk: true });
    // Taking off one that supports none of them changes nothing.
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, removeSupportingDepartmentIds: String(leaving.id) })).toMatchObject({ ok: true, data: { count: 0, unchanged: 2 } });
  });

  it("in bulk, refuses the new lead as a supporter too, and adds no supporter to a commitment it leads", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [lead, helper] = [await department(), await department()];
    const { commitments: [led, other] } = await reportWithCommitments([{ indicator: "配合单位已牵头", leadDepartmentId: helper.id }, { indicator: "另一项" }]);
    const ids = [led.id, other.id];
    const both = await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, leadDepartmentId: lead.id, addSupportingDepartmentIds: [lead.id] });
    expect(both).toMatchObject({ ok: false, fieldErrors: { addSupportingDepartmentIds: [`“${lead.name}”已是牵头单位，不能同时作为配合单位：请在配合单位中取消选择它。`] } });

    const added = await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, addSupportingDepartmentIds: [helper.id] });
    // The first keeps its owners: one commitment updated, one as it was — its version too, so an
    // owners form open on it is not made stale, and nothing is logged for it.
    expect(added).toMatchObject({ ok: true, data: { count: 1, unchanged: 1, leadsAlready: 1 } });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: led.id } })).version).toBe(led.version);
    expect(await db.auditEvent.count({ where: { action: "commitment.assignOwners", entityId: String(led.id) } })).toBe(0);
    const stored = await db.commitment.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, include: { supporting: true } });
    // The department leading the first is not made its supporter as well.
    expect(stored.map((c) => c.supporting.map((s) => s.departmentId))).toEqual([[], [helper.id]]);
  });

  it("keeps the responsible official in the lead department in bulk too", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [a, b] = [await department(), await department()];
    const officialA = await actorFor({ role: "OFFICIAL", departmentId: a.id });
    const officialB = await actorFor({ role: "OFFICIAL", departmentId: b.id });
    const { commitments } = await reportWithCommitments([{ indicator: "甲", leadDepartmentId: a.id }, { indicator: "乙", leadDepartmentId: b.id }]);
    const ids = commitments.map((c) => String(c.id));
    // Named alone, the official must belong to every selected commitment's lead: nothing is written.
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, responsibleUserId: String(officialA.id) })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { responsibleUserId: [expect.stringContaining("责任人必须属于牵头单位")] },
    });
    expect(await db.commitment.count({ where: { id: { in: commitments.map((c) => c.id) }, responsibleUserId: { not: null } } })).toBe(0);
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: [ids[0]], responsibleUserId: String(officialA.id) })).toMatchObject({ ok: true });
    await executeAction(bulkAssignOwners, admin, { commitmentIds: [ids[1]], responsibleUserId: String(officialB.id) });
    // B becomes the lead of both: B's official stays where named, A's official is cleared (audited).
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, leadDepartmentId: String(b.id) })).toMatchObject({ ok: true });
    const stored = await db.commitment.findMany({ where: { id: { in: commitments.map((c) => c.id) } }, orderBy: { id: "asc" } });
    expect(stored.map((c) => [c.leadDepartmentId, c.responsibleUserId])).toEqual([
      [b.id, null],
      [b.id, officialB.id],
    ]);
    const cleared = await db.auditEvent.findFirstOrThrow({ where: { action: "commitment.assignOwners", entityId: ids[0] }, orderBy: { id: "desc" } });
    expect([cleared.before, cleared.after]).toMatchObject([{ responsibleUserId: officialA.id }, { responsibleUserId: null, leadDepartmentId: b.id }]);
  });

  it("in bulk, clears the responsible official of every selected commitment (a departing official's work), audited as a change of official", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const lead = await department();
    const leaving = await actorFor({ role: "OFFICIAL", departmentId: lead.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "交接甲", leadDepartmentId: lead.id, responsibleUserId: leaving.id },
      { indicator: "交接乙", leadDepartmentId: lead.id, responsibleUserId: leaving.id },
      { indicator: "交接丙", leadDepartmentId: lead.id },
    ]);
    const ids = commitments.map((c) => String(c.id));
    const result = await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, responsibleUserId: "clear" });
    // The one without an official already is unchanged: neither counted nor logged.
    expect(result).toMatchObject({ ok: true, data: { count: 2, unchanged: 1 } });
    const stored = await db.commitment.findMany({ where: { id: { in: commitments.map((c) => c.id) } }, orderBy: { id: "asc" }, select: { leadDepartmentId: true, responsibleUserId: true, version: true } });
    expect(stored).toEqual([
      { leadDepartmentId: lead.id, responsibleUserId: null, version: commitments[0].version + 1 },
      { leadDepartmentId: lead.id, responsibleUserId: null, version: commitments[1].version + 1 },
      { leadDepartmentId: lead.id, responsibleUserId: null, version: commitments[2].version },
    ]);
    for (const c of commitments.slice(0, 2)) {
      const event = await auditEventFor("commitment.assignOwners", c.id);
      expect([event.actorId, event.before, event.after]).toMatchObject([admin.id, { responsibleUserId: leaving.id, leadDepartmentId: lead.id }, { responsibleUserId: null, leadDepartmentId: lead.id, bulk: true }]);
    }
    expect(await db.auditEvent.count({ where: { action: "commitment.assignOwners", entityId: ids[2] } })).toBe(0);
    // Cleared again: nothing changes, and it says so.
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, responsibleUserId: "clear" })).toMatchObject({ ok: true, data: { count: 0, unchanged: 3 } });
  });

  it("in bulk, clears with a new lead too, and refuses a responsible official it cannot read", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [a, b] = [await department(), await department()];
    const officialB = await actorFor({ role: "OFFICIAL", departmentId: b.id });
    const { commitments } = await reportWithCommitments([{ indicator: "改牵头并清空", leadDepartmentId: b.id, responsibleUserId: officialB.id }]);
    const ids = [String(commitments[0].id)];
    const refused = await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, responsibleUserId: "nobody" });
    expect(refused).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { responsibleUserId: ["责任人必须是启用中的责任单位经办人。"] } });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitments[0].id } })).responsibleUserId).toBe(officialB.id);
    // B's official would have stayed with B as lead; cleared, nobody is left.
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, leadDepartmentId: String(b.id), responsibleUserId: "clear" })).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitments[0].id }, select: { leadDepartmentId: true, responsibleUserId: true } })).toEqual({ leadDepartmentId: b.id, responsibleUserId: null });
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, leadDepartmentId: String(a.id), responsibleUserId: "clear" })).toMatchObject({ ok: true, data: { count: 1 } });
  });

  it("in bulk, names an official of the lead every selected commitment already has, without a lead being picked", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const lead = await department();
    const [leaving, successor] = [await actorFor({ role: "OFFICIAL", departmentId: lead.id }), await actorFor({ role: "OFFICIAL", departmentId: lead.id })];
    const { commitments } = await reportWithCommitments([
      { indicator: "移交甲", leadDepartmentId: lead.id, responsibleUserId: leaving.id },
      { indicator: "移交乙", leadDepartmentId: lead.id, responsibleUserId: leaving.id },
    ]);
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: commitments.map((c) => String(c.id)), responsibleUserId: String(successor.id) })).toMatchObject({ ok: true, data: { count: 2 } });
    expect(await db.commitment.count({ where: { id: { in: commitments.map((c) => c.id) }, responsibleUserId: successor.id } })).toBe(2);
  });
});
