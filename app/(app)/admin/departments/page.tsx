import Link from "next/link";
import { CreateDepartmentForm } from "@/components/admin/create-department-form";
import { DepartmentTable } from "@/components/admin/department-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ListSearchForm } from "@/components/ui/list-search-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, searchPageHref } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartmentPage, ZDepartmentListQuery } from "@/lib/departments/list-department-page";
import { getTranslator } from "@/lib/i18n/server-locale";
import { createDepartmentAction, mergeDepartmentAction, renameDepartmentAction, setDepartmentActiveAction, setDepartmentKeywordsAction } from "./actions";
import { listDepartments } from "@/lib/departments/list-departments";
import { mergePreviewLabels } from "@/lib/departments/merge-preview";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("departments.title", "department.manage");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DepartmentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("department.manage");
  const query = ZDepartmentListQuery.parse(await searchParams);
  const [{ t }, { departments, total, unstaffed, page, pages }, active] = await Promise.all([getTranslator(), listDepartmentPage(query), listDepartments({ activeOnly: true })]);
  const pageHref = searchPageHref("/admin/departments", query.q, { staffing: query.staffing });
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
        // Filtered to the unstaffed ones by the link below, a search stays among them.
        hidden={{ staffing: query.staffing }}
        labels={{
          search: t("departments.search"),
          placeholder: t("departments.searchPlaceholder"),
          submit: t("departments.searchSubmit"),
          count: t("departments.count", { total }),
        }}
      />
      {(unstaffed > 0 || query.staffing) && (
        <p className="mb-3 flex flex-wrap items-baseline gap-x-3 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900" data-testid="unstaffed-notice">
          {unstaffed > 0 && <span>{t("departments.unstaffed.notice", { count: unstaffed })}</span>}
          {query.staffing ? (
            <Link href={searchPageHref("/admin/departments", query.q)(1)} className="text-brand-700 underline">
              {t("departments.unstaffed.showAll")}
            </Link>
          ) : (
            <Link href="/admin/departments?staffing=none" className="text-brand-700 underline">
              {t("departments.unstaffed.show")}
            </Link>
          )}
        </p>
      )}
      {departments.length === 0 && <EmptyState message={t("departments.searchNone")} />}
      <DepartmentTable
        rows={departments}
        // Any active department may take another's work (合并到…), whatever page it is listed on.
        targets={active.map(({ id, name }) => ({ id, name }))}
        open={query.open}
        listHref={pageHref(page)}
        actions={{ toggle: setDepartmentActiveAction, rename: renameDepartmentAction, keywords: setDepartmentKeywordsAction, merge: mergeDepartmentAction }}
        labels={{
          table: t("departments.title"),
          columns: {
            name: t("departments.name"),
            code: t("departments.code"),
            users: t("departments.userCount"),
            openCommitments: t("departments.openCommitments"),
            keywords: t("departments.keywords"),
            status: t("users.status"),
            actions: t("common.actions"),
          },
          usersWithDisabled: t("departments.userCountWithDisabled"),
          usersLink: t("departments.usersLink"),
          unstaffed: t("departments.unstaffed.badge"),
          openCommitmentsLink: t("departments.openCommitmentsLink"),
          noKeywords: t("departments.noKeywords"),
          enumeration: t("common.enumeration"),
          active: t("departments.active"),
          inactive: t("departments.inactive"),
          activate: t("departments.activate"),
          deactivate: t("departments.deactivate"),
          toggleSubject: t("admin.toggleSubject"),
          deactivateQuestion: t("departments.deactivateQuestion"),
          deactivateConfirm: t("departments.deactivateConfirm"),
          cancel: t("admin.cancel"),
          rename: { open: t("departments.rename"), title: t("departments.renameSubject"), name: t("departments.newName"), submit: t("form.save") },
          keywords: {
            open: t("departments.editKeywords"),
            title: t("departments.keywordsSubject"),
            keywords: t("departments.keywords"),
            hint: t("departments.keywordsHint"),
            submit: t("form.save"),
          },
          merge: {
            open: t("departments.merge"),
            title: t("departments.mergeSubject"),
            into: t("departments.mergeInto"),
            hint: t("departments.mergeHint"),
            choose: t("departments.mergeChoose"),
            submit: t("departments.mergeSubmit"),
            confirm: t("departments.mergeConfirm"),
            cancel: t("admin.cancel"),
            moving: t("departments.mergeWhat"),
            question: t("departments.mergeQuestion"),
            loading: t("departments.mergeLoading"),
            failed: t("departments.mergeFailed"),
            what: mergePreviewLabels(t),
          },
        }}
      />
      {pages > 1 && (
        <Pagination
          page={page}
          pages={pages}
          hrefFor={pageHref}
          labels={{ nav: t("list.pagination"), prev: t("list.prev"), next: t("list.next"), status: t("list.page", { page, pages }) }}
        />
      )}
    </>
  );
}
