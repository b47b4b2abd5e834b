/**
 * Every table of the schema, in an order that satisfies its foreign keys when inserting, with
 * the columns that order its rows. Commitment ↔ ProgressUpdate reference each other: commitments
 * go in first without "latestUpdateId", which is set once the updates exist (restore-json.ts).
 * A test checks this list against the database, so a new table cannot be forgotten.
 */
export const BACKUP_TABLES = [
  { name: "Department", orderBy: ["id"] },
  { name: "User", orderBy: ["id"] },
  { name: "EndedSession", orderBy: ["sid"] },
  { name: "DepartmentKeyword", orderBy: ["id"] },
  { name: "LoginThrottle", orderBy: ["loginName"] },
  { name: "Setting", orderBy: ["key"] },
  { name: "Report", orderBy: ["id"] },
  { name: "Section", orderBy: ["id"] },
  { name: "Commitment", orderBy: ["id"] },
  { name: "CommitmentSupport", orderBy: ["commitmentId", "departmentId"] },
  { name: "ProgressUpdate", orderBy: ["id"] },
  { name: "EvidenceFile", orderBy: ["id"] },
  { name: "ChangeRequest", orderBy: ["id"] },
  { name: "Reminder", orderBy: ["id"] },
  { name: "CommitmentClosure", orderBy: ["id"] },
  { name: "ImportDraft", orderBy: ["id"] },
  { name: "AuditEvent", orderBy: ["id"] },
] as const;

export type BackupTable = (typeof BACKUP_TABLES)[number];

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const orderClause = (t: BackupTable) => t.orderBy.map(quoteIdent).join(", ");
