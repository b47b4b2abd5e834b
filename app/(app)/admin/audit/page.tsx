import { AuditLogTable } from "@/components/audit/audit-log-table";
import { AuditSubjectsMatched } from "@/components/audit/audit-subjects-matched";
import { CommitmentFilters } from "@/components/commitments/commitment-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FOLDED_BELOW_MD, FoldBelowMd } from "@/components/ui/fold-below-md";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { AUDIT_EVENT_KINDS } from "@/lib/audit/audit-event-kinds";
import { AUDIT_LOG_FILTERS, MAX_SUBJECT_TEXT, SUBJECT_KINDS, auditLogExportHref, auditLogHref, parseAuditLogQuery } from "@/lib/audit/audit-log-query";
import { describeAction } from "@/lib/audit/describe-changes";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { readLogLines } from "@/lib/audit/read-log-rows";
import { resolveAuditSubject } from "@/lib/audit/resolve-audit-subject";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { formatChainAnchor, parseChainAnchor } from "@/lib/audit/chain-anchor";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartments } from "@/lib/departments/list-departments";
import { titled } from "@/lib/i18n/page-title";
import { getTranslator } from "@/lib/i18n/server-locale";
import { DATA_LANG } from "@/lib/reports/report-lang";
import { userSubject } from "@/lib/users/user-subject";

export const generateMetadata = titled("auditLog.title", "audit.log");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("audit.log");
  const query = parseAuditLogQuery(await searchParams);
  const anchor = parseChainAnchor(query.anchor);
  const [{ t, locale }, subject, departments, verdict] = await Promise.all([
    getTranslator(),
    resolveAuditSubject(query),
    listDepartments(),
    // Only when asked: it reads the whole trail.
    query.verify ? verifyAuditChain(undefined, anchor === "invalid" ? null : anchor) : Promise.resolve(null),
  ]);
  // A record that cannot be found lists nothing: the whole log is no answer to "what was done to it?".
  const refused = subject.status === "refused" ? subject.problem : null;
  const log = refused ? null : await listAuditLog(query, subject.status === "found" ? subject.filter : null);
  const rows = log ? await readLogLines(log, departments, { t, locale }) : [];
  const subjectError = (field: "subjectKind" | "subject") => (refused?.field === field ? t(refused.key, refused.params) : undefined);
  return (
    <>
      <PageHeader title={t("auditLog.title")}>
        {/* On a phone the check folds away as the list's exports do: with the filters, it came before the log. */}
        <FoldBelowMd>{t("auditLog.verify")}</FoldBelowMd>
        {/* A plain GET form: a prefetched link would check the whole trail on every visit. */}
        <form action="/admin/audit" className={`flex flex-wrap items-end gap-2 max-md:basis-full ${FOLDED_BELOW_MD}`}>
          {AUDIT_LOG_FILTERS.map((key) => query[key] && <input key={key} type="hidden" name={key} value={query[key]} />)}
          <input type="hidden" name="verify" value="1" />
          <label className="text-sm text-slate-700">
            {t("auditLog.anchor")}
            <input name="anchor" defaultValue={query.anchor ?? ""} placeholder="#1234 3fa9c2d1e0b4a5f6" aria-describedby="audit-anchor-hint" className={`mt-1 block w-56 ${inputClass}`} />
          </label>
          <button type="submit" className={secondaryButtonClass} title={t("auditLog.verifyHint")}>
            {t("auditLog.verify")}
          </button>
          <p id="audit-anchor-hint" className="basis-full text-xs text-slate-500">
            {t("auditLog.anchorHint")}
          </p>
        </form>
      </PageHeader>
      <p className="-mt-2 mb-4 max-w-3xl text-sm text-slate-600">{t("auditLog.intro")}</p>
      {verdict && (
        <p
          role="status"
          data-testid="audit-chain-verdict"
          className={`mb-4 rounded-md border px-4 py-2 text-sm ${verdict.ok ? "border-green-200 bg-green-50 text-green-800" : "border-red-200 bg-red-50 text-red-800"}`}
        >
          {verdict.ok
            ? [
                t("auditLog.chainOk", { checked: verdict.checked }),
                verdict.anchor && t("auditLog.anchorOk", { id: verdict.anchor }),
                anchor === "invalid" && t("auditLog.anchorInvalid"),
                verdict.head && t("auditLog.chainHead", { head: formatChainAnchor(verdict.head) }),
              ]
                .filter(Boolean)
                .join(" ")
            : verdict.reason === "anchor" || verdict.reason === "anchorMissing"
              ? // The chain itself holds; the point written down does not agree — a slip of the pen first.
                t("auditLog.anchorDisagrees", { id: verdict.brokenAt, checked: verdict.checked, reason: t(`auditLog.reason.${verdict.reason}`) })
              : t("auditLog.chainBroken", { id: verdict.brokenAt, checked: verdict.checked, reason: t(`auditLog.reason.${verdict.reason}`) })}
        </p>
      )}
      <CommitmentFilters
        resetHref="/admin/audit"
        // Folded on a phone, as the commitment list's: four fields came before the first event.
        labels={{ title: t("auditLog.filters"), apply: t("list.apply"), reset: t("list.reset"), all: t("list.all"), fold: { title: t("list.filters"), applied: t("list.filtersApplied") } }}
        fields={[
          { name: "who", label: t("auditLog.who"), value: query.who, placeholder: t("auditLog.whoPlaceholder") },
          {
            name: "kind",
            label: t("auditLog.eventKind"),
            value: query.kind,
            options: AUDIT_EVENT_KINDS.map((kind) => ({ value: kind, label: t(`auditLog.eventKind.${kind}`) })),
          },
          {
            name: "action",
            label: t("auditLog.action"),
            value: query.action,
            options: AUDIT_ACTIONS.map((a) => ({ value: a, label: describeAction(a, t) })),
          },
          { name: "from", label: t("auditLog.from"), value: query.from, type: "date" },
          { name: "to", label: t("auditLog.to"), value: query.to, type: "date" },
          {
            name: "subjectKind",
            label: t("auditLog.subjectKind"),
            value: query.subjectKind,
            options: SUBJECT_KINDS.map((kind) => ({ value: kind, label: t(`auditLog.subjectKind.${kind}`) })),
            error: subjectError("subjectKind"),
          },
          // Two columns: its example names three kinds of record, and the row's last column was left empty beside it.
          { name: "subject", label: t("auditLog.subjectText"), value: query.subject, wide: true, placeholder: t("auditLog.subjectPlaceholder"), maxLength: MAX_SUBJECT_TEXT, error: subjectError("subject") },
        ]}
      />
      {!log ? (
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800" data-testid="audit-subject-refused">
          {t("auditLog.subject.refused")}
        </p>
      ) : (
        <>
          {subject.status === "found" && (
            <AuditSubjectsMatched
              label={t("auditLog.subject.matched")}
              separator={t("common.enumeration")}
              items={subject.matched.map((m) => ({
                kind: t(`auditLog.entity.${m.entity}`),
                name: m.loginName ? userSubject({ displayName: m.name, loginName: m.loginName }, t) : m.name,
                // A login name typed is ASCII, not Chinese data.
                lang: m.entity === "LoginName" ? undefined : DATA_LANG,
              }))}
            />
          )}
          <div className="mb-2 flex flex-wrap items-baseline gap-3 text-sm">
            <p className="text-slate-500">{t("auditLog.count", { total: log.total })}</p>
            {/* No `download` attribute: a refusal (a session ended elsewhere) then shows as a page that says why. */}
            {log.total > 0 && (
              <a href={auditLogExportHref(query)} className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
                {t("auditLog.export")}
              </a>
            )}
          </div>
          {rows.length === 0 ? (
            <EmptyState message={t("auditLog.empty")} />
          ) : (
            <AuditLogTable
              rows={rows}
              labels={{ title: t("auditLog.title"), at: t("auditLog.at"), actor: t("auditLog.who"), action: t("auditLog.action"), subject: t("auditLog.subject"), changes: t("auditLog.changes"), colon: t("audit.colon"), nowNamed: t("auditLog.nowNamed"), disabledName: t("people.disabledName"), batchList: t("auditLog.batch.list") }}
            />
          )}
          <Pagination
            page={log.page}
            pages={log.pages}
            hrefFor={(page) => auditLogHref(query, page)}
            labels={{ prev: t("list.prev"), next: t("list.next"), status: t("auditLog.pageStatus", { page: log.page, pages: log.pages }), nav: t("auditLog.pages") }}
          />
        </>
      )}
    </>
  );
}
