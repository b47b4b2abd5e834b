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

describe("the log's kind of event (类别)", () => {
  it("is kept in the log's links, its export and its chain check; anything else in kind= is dropped as a bad link's filters are", () => {
    const query = parseAuditLogQuery({ who: "admin", kind: "account", action: "user.create", page: "2" });
    expect(query.kind).toBe("account");
    expect(auditLogHref(query)).toBe("/admin/audit?who=admin&kind=account&action=user.create");
    expect(auditLogExportHref(query)).toBe("/api/exports/audit-log.csv?who=admin&kind=account&action=user.create");
    for (const kind of ["", "Account", "nope", "account' OR 1=1", "toString"]) expect(parseAuditLogQuery({ kind }).kind, kind).toBeUndefined();
    expect(parseAuditLogQuery({ kind: ["refused", "signIn"] }).kind).toBe("refused");
  });
});
