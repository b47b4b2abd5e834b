import { describe, expect, it } from "vitest";
import { auditLogExportHref, auditLogHref, parseAuditLogQuery, parseAuditSubject } from "./audit-log-query";

describe("the log's filter by record (对象)", () => {
  it("is a type and a text; a type alone narrows nothing", () => {
    expect(parseAuditSubject(parseAuditLogQuery({ subjectKind: "user", subject: "  sec.victim " }))).toEqual({ kind: "user", text: "sec.victim" });
    expect(parseAuditSubject(parseAuditLogQuery({ subjectKind: "commitment", subject: "#12" }))).toEqual({ kind: "commitment", text: "#12" });
    expect(parseAuditSubject(parseAuditLogQuery({ subjectKind: "user" }))).toBeNull();
    expect(parseAuditSubject(parseAuditLogQuery({ subjectKind: "user", subject: "\0 " }))).toBeNull();
  });

  it("names the mistake at its field, rather than dropping the filter and listing the whole log", () => {
    expect(parseAuditSubject(parseAuditLogQuery({ subject: "sec.victim" }))).toEqual({ field: "subjectKind", key: "auditLog.subject.kindRequired" });
    expect(parseAuditSubject(parseAuditLogQuery({ subjectKind: "users", subject: "sec.victim" }))).toEqual({ field: "subjectKind", key: "auditLog.subject.kindRequired" });
    expect(parseAuditSubject(parseAuditLogQuery({ subjectKind: "user", subject: "x".repeat(101) }))).toEqual({ field: "subject", key: "auditLog.subject.tooLong" });
  });

  it("is kept in the log's links and its export, pages left out of the export", () => {
    const query = parseAuditLogQuery({ who: "admin", subjectKind: "user", subject: "sec.victim", page: "3" });
    expect(auditLogHref(query, 2)).toBe("/admin/audit?who=admin&subjectKind=user&subject=sec.victim&page=2");
    expect(auditLogExportHref(query)).toBe("/api/exports/audit-log.csv?who=admin&subjectKind=user&subject=sec.victim");
    expect(auditLogExportHref(parseAuditLogQuery({}))).toBe("/api/exports/audit-log.csv");
  });
});
