import { AuditLogTable } from "@/components/audit/audit-log-table";
import { CommitmentFilters } from "@/components/commitments/commitment-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { secondaryButtonClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { auditLogHref, parseAuditLogQuery } from "@/lib/audit/audit-log-query";
import { describeAction } from "@/lib/audit/describe-changes";
import { describeAuditLog } from "@/lib/audit/describe-audit-log";
import { findAuditSubjects } from "@/lib/audit/find-audit-subjects";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { referencedUserIds } from "@/lib/audit/referenced-user-ids";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartments } from "@/lib/departments/list-departments";
import { titled } from "@/lib/i18n/page-title";
import { getTranslator } from "@/lib/i18n/server-locale";
import { listUserNames } from "@/lib/users/list-user-names";

export const generateMetadata = titled("auditLog.title", "audit.log");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("audit.log");
  const query = parseAuditLogQuery(await searchParams);
  const [{ t, locale }, log, departments, verdict] = await Promise.all([
    getTranslator(),
    listAuditLog(query),
    listDepartments(),
    // Only when asked: it reads the whole trail.
    query.verify ? verifyAuditChain() : Promise.resolve(null),
  ]);
  const [subjects, users] = await Promise.all([findAuditSubjects(log.events), listUserNames(referencedUserIds(log.events))]);
  const rows = describeAuditLog(log.events, subjects, {
    t,
    locale,
    departments: new Map(departments.map((d) => [d.id, d.name])),
    users: new Map(users.map((u) => [u.id, u.displayName])),
  });
  const href = auditLogHref(query);
  return (
    <>
      <PageHeader title={t("auditLog.title")}>
        {/* A plain link: a prefetch of it would check the whole trail on every visit. */}
        <a href={`${href}${href.includes("?") ? "&" : "?"}verify=1`} className={secondaryButtonClass} title={t("auditLog.verifyHint")}>
          {t("auditLog.verify")}
        </a>
      </PageHeader>
      <p className="-mt-2 mb-4 max-w-3xl text-sm text-slate-600">{t("auditLog.intro")}</p>
      {verdict && (
        <p
          role="status"
          data-testid="audit-chain-verdict"
          className={`mb-4 rounded-md border px-4 py-2 text-sm ${verdict.ok ? "border-green-200 bg-green-50 text-green-800" : "border-red-200 bg-red-50 text-red-800"}`}
        >
          {verdict.ok
            ? t("auditLog.chainOk", { checked: verdict.checked })
            : t("auditLog.chainBroken", { id: verdict.brokenAt, checked: verdict.checked, reason: t(`auditLog.reason.${verdict.reason}`) })}
        </p>
      )}
      <CommitmentFilters
        resetHref="/admin/audit"
        labels={{ title: t("auditLog.filters"), apply: t("list.apply"), reset: t("list.reset"), all: t("list.all") }}
        fields={[
          { name: "who", label: t("auditLog.who"), value: query.who, placeholder: t("auditLog.whoPlaceholder") },
          {
            name: "action",
            label: t("auditLog.action"),
            value: query.action,
            options: AUDIT_ACTIONS.map((a) => ({ value: a, label: describeAction(a, t) })),
          },
          { name: "from", label: t("auditLog.from"), value: query.from, type: "date" },
          { name: "to", label: t("auditLog.to"), value: query.to, type: "date" },
        ]}
      />
      <p className="mb-2 text-sm text-slate-500">{t("auditLog.count", { total: log.total })}</p>
      {rows.length === 0 ? (
        <EmptyState message={t("auditLog.empty")} />
      ) : (
        <AuditLogTable
          rows={rows}
          labels={{ at: t("auditLog.at"), actor: t("auditLog.who"), action: t("auditLog.action"), subject: t("auditLog.subject"), changes: t("auditLog.changes"), colon: t("audit.colon") }}
        />
      )}
      <Pagination
        page={log.page}
        pages={log.pages}
        hrefFor={(page) => auditLogHref(query, page)}
        labels={{ prev: t("list.prev"), next: t("list.next"), status: t("auditLog.pageStatus", { page: log.page, pages: log.pages }), nav: t("auditLog.pages") }}
      />
    </>
  );
}
