import Link from "next/link";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { ToggleForm } from "@/components/admin/toggle-form";
import { Card } from "@/components/ui/card";
import { secondaryButtonClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartments } from "@/lib/departments/list-departments";
import { getTranslator } from "@/lib/i18n/server-locale";
import { listUsers } from "@/lib/users/list-users";
import { ROLES } from "@/lib/users/types";
import { createUserAction, setUserDisabledAction } from "./actions";

export default async function UsersPage() {
  const actor = await requireActor("user.manage");
  const [{ t }, users, departments] = await Promise.all([getTranslator(), listUsers(), listDepartments({ activeOnly: true })]);
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
            password: t("users.password"),
            submit: t("form.create"),
            none: t("users.none"),
            roles: Object.fromEntries(ROLES.map((r) => [r, t(`role.${r}`)])),
          }}
        />
      </Card>
      <table className="w-full rounded-lg bg-white text-sm shadow-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="px-3 py-2">{t("users.loginName")}</th>
            <th className="px-3 py-2">{t("users.displayName")}</th>
            <th className="px-3 py-2">{t("users.role")}</th>
            <th className="px-3 py-2">{t("users.department")}</th>
            <th className="px-3 py-2">{t("users.status")}</th>
            <th className="px-3 py-2">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const subject = `${u.displayName}（${u.loginName}）`;
            return (
              <tr key={u.id} className="border-t border-slate-100 align-top" data-testid={`user-${u.loginName}`}>
                <td className="px-3 py-2 font-mono">{u.loginName}</td>
                <td className="px-3 py-2">{u.displayName}</td>
                <td className="px-3 py-2">{t(`role.${u.role}`)}</td>
                <td className="px-3 py-2">{u.department?.name ?? t("common.none")}</td>
                <td className="px-3 py-2">{u.disabled ? t("users.disabled") : t("users.active")}</td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/admin/users/${u.id}`} aria-label={t("users.editSubject", { name: subject })} className={secondaryButtonClass}>
                      {t("users.edit")}
                    </Link>
                    {u.id !== actor.id && (
                      <ToggleForm
                        action={setUserDisabledAction}
                        fields={{ userId: String(u.id), disabled: String(!u.disabled) }}
                        label={u.disabled ? t("users.enable") : t("users.disable")}
                        subject={subject}
                      />
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
