import { ScrollTable } from "@/components/ui/scroll-table";
import Link from "next/link";
import { CreateDepartmentForm } from "@/components/admin/create-department-form";
import { RenameDepartmentForm } from "@/components/admin/rename-department-form";
import { ToggleForm } from "@/components/admin/toggle-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ListSearchForm } from "@/components/ui/list-search-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, searchPageHref } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartmentPage, ZDepartmentListQuery } from "@/lib/departments/list-department-page";
import { getTranslator } from "@/lib/i18n/server-locale";
import { createDepartmentAction, mergeDepartmentAction, renameDepartmentAction, setDepartmentActiveAction, setDepartmentKeywordsAction } from "./actions";
import { MergeDepartmentForm } from "@/components/admin/merge-department-form";
import { listDepartments } from "@/lib/departments/list-departments";
import { DepartmentKeywordsForm } from "@/components/admin/department-keywords-form";
import { titled } from "@/lib/i18n/page-title";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";

export const generateMetadata = titled("departments.title", "department.manage");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DepartmentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("department.manage");
  const query = ZDepartmentListQuery.parse(await searchParams);
  const [{ t }, { departments, total, page, pages }, all] = await Promise.all([getTranslator(), listDepartmentPage(query), listDepartments()]);
  // Any active department may take another's work (合并到…), whatever page it is listed on.
  const active = all.filter((d) => d.active);
  const renameLabels = { open: t("departments.rename"), name: t("departments.newName"), submit: t("form.save") };
  return (
    <>
      <PageHeader title={t("departments.title")} />
      <Card className="mb-6">
        <h2 className="mb-3 font-medium">{t("departments.create")}</h2>
        <CreateDepartmentForm
          action={createDepartmentAction}
          labels={{ title: t("departments.create"), name: t("departments.name"), nameHint: t("departments.nameHint"), code: t("departments.code"), codeHint: t("departments.codeHint"), submit: t("form.create") }}
        />
      </Card>
      <ListSearchForm
        action="/admin/departments"
        id="departments-q"
        query={query.q}
        maxLength={60}
        labels={{
          search: t("departments.search"),
          placeholder: t("departments.searchPlaceholder"),
          submit: t("departments.searchSubmit"),
          count: t("departments.count", { total }),
        }}
      />
      {departments.length === 0 && <EmptyState message={t("departments.searchNone")} />}
      <ScrollTable className="w-full rounded-lg bg-white text-sm shadow-sm" label={t("departments.title")}>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="whitespace-nowrap px-3 py-2">{t("departments.name")}</th>
            <th className="whitespace-nowrap px-3 py-2">{t("departments.code")}</th>
            <th className="whitespace-nowrap px-3 py-2">{t("departments.userCount")}</th>
            <th className="whitespace-nowrap px-3 py-2">{t("departments.openCommitments")}</th>
            <th className="whitespace-nowrap px-3 py-2">{t("departments.keywords")}</th>
            <th className="whitespace-nowrap px-3 py-2">{t("users.status")}</th>
            <th className="whitespace-nowrap px-3 py-2">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => {
            const toggle = d.active ? t("departments.deactivate") : t("departments.activate");
            return (
              <tr key={d.id} className="border-t border-slate-100 align-top" data-testid={`department-${d.code}`}>
                <td lang={DATA_LANG} className="min-w-32 px-3 py-2">{d.name}</td>
                <td className="px-3 py-2 font-mono">{d.code}</td>
                <td className="px-3 py-2 whitespace-nowrap" data-testid="user-count">
                  {d.disabledUsers > 0 ? t("departments.userCountWithDisabled", { enabled: d.enabledUsers, disabled: d.disabledUsers }) : d.enabledUsers}
                </td>
                <td className="px-3 py-2">
                  {d.openCommitments > 0 ? (
                    <Link href={`/commitments?department=${d.id}&open=1`} className="text-brand-700 hover:underline" aria-label={t("departments.openCommitmentsLink", { name: d.name, count: d.openCommitments })}>
                      {d.openCommitments}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
                <td className="max-w-48 px-3 py-2 text-xs text-slate-600">
                  {d.keywords.length ? <span lang={REPORT_LANG}>{d.keywords.join(t("common.enumeration"))}</span> : t("departments.noKeywords")}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{d.active ? t("departments.active") : t("departments.inactive")}</td>
                <td className="px-3 py-2">
                  <ToggleForm
                    action={setDepartmentActiveAction}
                    fields={{ departmentId: String(d.id), active: String(!d.active) }}
                    label={toggle}
                    name={t("admin.toggleSubject", { action: toggle, name: d.name })}
                    // Asked only when it can go through: with open commitments or enabled users (which
                    // the server refuses), the click gets the refusal that says what to move first.
                    ask={d.active && d.openCommitments === 0 && d.enabledUsers === 0 ? { question: t("departments.deactivateQuestion", { name: d.name }), confirm: t("departments.deactivateConfirm"), cancel: t("admin.cancel") } : undefined}
                  />
                  <RenameDepartmentForm
                    // Remounted when the department is switched on or off: its last "renamed" is old news then.
                    key={`${d.id}:${d.active}`}
                    action={renameDepartmentAction}
                    department={d}
                    labels={{ ...renameLabels, title: t("departments.renameSubject", { name: d.name }) }}
                  />
                  <MergeDepartmentForm
                    action={mergeDepartmentAction}
                    department={d}
                    targets={active.filter((o) => o.id !== d.id)}
                    labels={{
                      open: t("departments.merge"),
                      title: t("departments.mergeSubject", { name: d.name }),
                      into: t("departments.mergeInto"),
                      hint: t("departments.mergeHint"),
                      choose: t("departments.mergeChoose"),
                      submit: t("departments.mergeConfirm"),
                    }}
                  />
                  <DepartmentKeywordsForm
                    action={setDepartmentKeywordsAction}
                    department={d}
                    labels={{
                      open: t("departments.editKeywords"),
                      title: t("departments.keywordsSubject", { name: d.name }),
                      keywords: t("departments.keywords"),
                      hint: t("departments.keywordsHint"),
                      submit: t("form.save"),
                      separator: t("common.enumeration"),
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      {pages > 1 && (
        <Pagination
          page={page}
          pages={pages}
          hrefFor={searchPageHref("/admin/departments", query.q)}
          labels={{ nav: t("list.pagination"), prev: t("list.prev"), next: t("list.next"), status: t("list.page", { page, pages }) }}
        />
      )}
    </>
  );
}
