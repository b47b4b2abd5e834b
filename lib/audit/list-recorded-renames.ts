import "server-only";
import { db } from "@/lib/db";
import type { RecordedRename } from "./names-in-force";

/**
 * Every rename the audit trail holds of these departments (重命名) and users (a display name
 * changed by 编辑用户), for namesInForce (which orders them). Read by the (entity, entityId) index.
 */
export async function listRecordedRenames(departmentIds: readonly number[], userIds: readonly number[]): Promise<{ departments: RecordedRename[]; users: RecordedRename[] }> {
  if (departmentIds.length === 0 && userIds.length === 0) return { departments: [], users: [] };
  const rows = await db.$queryRaw<{ auditId: string; entity: string; id: number; before: string }[]>`
    SELECT e.id::text AS "auditId", e."entity", e."entityId"::int AS id, e."before"->>'name' AS "before"
    FROM "AuditEvent" e
    WHERE e."entity" = 'Department' AND e."entityId" = ANY(${departmentIds.map(String)}::text[]) AND e."action" = 'department.rename'
      AND e."before"->>'name' IS NOT NULL
    UNION ALL
    SELECT e.id::text, e."entity", e."entityId"::int, e."before"->>'displayName'
    FROM "AuditEvent" e
    WHERE e."entity" = 'User' AND e."entityId" = ANY(${userIds.map(String)}::text[]) AND e."action" = 'user.update'
      AND e."before"->>'displayName' IS DISTINCT FROM e."after"->>'displayName' AND e."before"->>'displayName' IS NOT NULL`;
  const of = (entity: string) => rows.filter((r) => r.entity === entity).map(({ auditId, id, before }) => ({ auditId, id, before }));
  return { departments: of("Department"), users: of("User") };
}
