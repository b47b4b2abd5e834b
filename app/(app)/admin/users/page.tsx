import { ScrollTable } from "@/components/ui/scroll-table";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { ToggleForm } from "@/components/admin/toggle-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { secondaryButtonClass } from "@/components/ui/field";
import { ListSearchForm } from "@/components/ui/list-search-form";
import { Pagination, searchPageHref } from "@/components/ui/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartments } from "@/lib/departments/list-departments";
import { getTranslator } from "@/lib/i18n/server-locale";
import { filterDepartmentChoices } from "@/lib/departments/filter-choices";
import { canonicalRedirect } from "@/lib/http/canonical-query";
import { listUsers } from "@/lib/users/list-users";
import { USER_STATUSES, userListFilters, ZUserListQuery, type UserStatus } from "@/lib/users/user-list-query";
import { countOpenResponsibilities } from "@/lib/users/count-open-responsibilities";
import { responsibleListHref } from "@/lib/commitments/responsible-list-href";
import { ROLES } from "@/lib/users/types";
import { createUserAction, setUserDisabledAction } from "./actions";
import { userSubject } from "@/lib/users/user-subject";
import { DATA_LANG, dataLang } from "@/lib/reports/report-lang";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("users.title", "user.manage");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_LABELS = { active: "users.active", disabled: "users.disabled", passwordDue: "users.passwordDue" } as const satisfies Record<UserStatus, string>;

/**
 * Below md each user is a card (as the audit log's events): six columns in 390 px stood a long
 * login name a few characters a line. The login name heads the card, broken anywhere rather than
 * widen the page; the other cells are headed by their column's name (data-label).
 */
const USER_TABLE = "w-full rounded-lg bg-white text-sm shadow-sm max-md:[&_td:first-child]:break-all max-md:[&_td:first-child]:font-medium";

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("user.manage");
  const params = await searchParams;
  const query = ZUserListQuery.parse(params);
  const pageHref = searchPageHref("/admin/users", query.q, userListFilters(query));
  // The search form sends its empty choices too: its view is given the short address.
  const short = canonicalRedirect(params, pageHref(query.page));
  if (short !== null) redirect(short);
  const [{ t }, { users, total, page, pages }, allDepartments] = await Promise.all([getTranslator(), listUsers(query), listDepartments()]);
  // New members join active departments only; the filter finds the people of any.
  const departments = allDepartments.filter((d) => d.active);
  // Disabling an official who still answers for open commitments is refused: the question says so
  // before it is asked, with the way to them (for the officials on this page, in one statement).
  const holding = await countOpenResponsibilities(users.filter((u) => u.role === "OFFICIAL" && !u.disabled).map((u) => u.id));
  const labels = { displayName: t("users.displayName"), role: t("users.role"), department: t("users.department"), status: t("users.status"), passwordDue: t("users.passwordDue") };
  return (
    <>
      <PageHeader title={t("users.title")} />
      <Card className="mb-6">
        <h2 className="mb-3 font-medium">{t("users.create")}</h2>
        <CreateUserForm
          action={createUserAction}
          departments={departments}
          labels={{
            title: t("users.create"),
            loginName: t("users.loginName"),
            displayName: t("users.displayName"),
            role: t("users.role"),
            department: t("users.department"),
            departmentHint: t("users.departmentHint"),
            password: t("users.password"),
            submit: t("form.create"),
            none: t("users.none"),
            roles: Object.fromEntries(ROLES.map((r) => [r, t(`role.${r}`)])),
          }}
        />
      </Card>
      <ListSearchForm
        action="/admin/users"
        id="users-q"
        query={query.q}
        maxLength={100}
        selects={[
          {
            name: "department",
            label: t("users.department"),
            value: query.department?.toString(),
            all: t("users.filter.allDepartments"),
            options: filterDepartmentChoices(allDepartments, t("departments.inactiveSuffix")).map((d) => ({ value: String(d.id), label: d.name, lang: d.lang })),
          },
          { name: "role", label: t("users.role"), value: query.role, all: t("users.filter.allRoles"), options: ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })) },
          {
            name: "status",
            label: t("users.status"),
            value: query.status,
            all: t("users.filter.allStatuses"),
            options: USER_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]) })),
          },
        ]}
        labels={{ search: t("users.search"), placeholder: t("users.searchPlaceholder"), submit: t("users.searchSubmit"), count: t("users.count", { total }) }}
      />
      {users.length === 0 && <EmptyState message={t("users.searchNone")} />}
      <ScrollTable className={USER_TABLE} cards label={t("users.title")}>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="px-3 py-2">{t("users.loginName")}</th>
            <th className="px-3 py-2">{labels.displayName}</th>
            <th className="px-3 py-2">{labels.role}</th>
            <th className="px-3 py-2">{labels.department}</th>
            <th className="px-3 py-2">{labels.status}</th>
            <th className="px-3 py-2">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const subject = userSubject(u, t);
            const toggle = u.disabled ? t("users.enable") : t("users.disable");
            const held = holding.get(u.id) ?? 0;
            return (
              <tr key={u.id} className="border-t border-slate-100 align-top" data-testid={`user-${u.loginName}`}>
                <td className="font-mono">{u.loginName}</td>
                <td lang={DATA_LANG} data-label={labels.displayName}>
                  {u.displayName}
                </td>
                <td data-label={labels.role}>{t(`role.${u.role}`)}</td>
                <td lang={dataLang(u.department)} data-label={labels.department}>
                  {u.department?.name ?? t("common.none")}
                </td>
                <td data-label={labels.status}>
                  {u.disabled ? t("users.disabled") : t("users.active")}
                  {/* A password an admin chose, not yet changed: who may need reminding. */}
                  {u.mustChangePassword && <span className="password-due-badge">{labels.passwordDue}</span>}
                </td>
                <td>
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/admin/users/${u.id}`} aria-label={t("users.editSubject", { name: subject })} className={secondaryButtonClass}>
                      {t("users.edit")}
                    </Link>
                    {u.id !== actor.id && (
                      <ToggleForm
                        action={setUserDisabledAction}
                        fields={{ userId: String(u.id), disabled: String(!u.disabled) }}
                        label={toggle}
                        name={t("admin.toggleSubject", { action: toggle, name: subject })}
                        ask={
                          u.disabled
                            ? undefined
                            : {
                                question: t("users.disableQuestion", { name: subject }),
                                detail: held
                                  ? { text: t("users.disableResponsibleNote", { count: held }), link: { href: responsibleListHref(u.id), label: t("users.stillResponsibleLink", { count: held }) } }
                                  : undefined,
                                confirm: t("users.disableConfirm"),
                                cancel: t("admin.cancel"),
                              }
                        }
                      />
                    )}
                  </div>
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
          hrefFor={pageHref}
          labels={{ nav: t("list.pagination"), prev: t("list.prev"), next: t("list.next"), status: t("list.page", { page, pages }) }}
        />
      )}
    </>
  );
}
