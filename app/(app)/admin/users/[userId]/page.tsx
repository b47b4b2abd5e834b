import Link from "next/link";
import { notFound } from "next/navigation";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartments } from "@/lib/departments/list-departments";
import { parseId } from "@/lib/http/parse-id";
import { getTranslator } from "@/lib/i18n/server-locale";
import { getUser } from "@/lib/users/get-user";
import { ROLES } from "@/lib/users/types";
import { resetUserPasswordAction, updateUserAction } from "../actions";
import { userSubject } from "@/lib/users/user-subject";
import type { Metadata } from "next";

/** The user's name names the tab; unknown, the page is "not found" and so is its title. */
export async function generateMetadata({ params }: { params: Promise<{ userId: string }> }): Promise<Metadata> {
  await requireActor("user.manage");
  const id = parseId((await params).userId);
  const user = id === null ? null : await getUser(id);
  const { t } = await getTranslator();
  return { title: user ? t("users.editTitle", { name: userSubject(user, t) }) : t("notFound.title") };
}

export default async function EditUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireActor("user.manage");
  const id = parseId((await params).userId);
  const user = id === null ? null : await getUser(id);
  if (!user) notFound();
  const [{ t }, active] = await Promise.all([getTranslator(), listDepartments({ activeOnly: true })]);
  // A department deactivated since stays selectable for its members, so saving keeps it.
  const departments = user.department && !active.some((d) => d.id === user.department?.id) ? [...active, user.department] : active;
  const subject = userSubject(user, t);
  const title = t("users.editTitle", { name: subject });
  return (
    <>
      <PageHeader title={title}>
        <Link href="/admin/users" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {t("users.backToList")}
        </Link>
      </PageHeader>
      <Card>
        <EditUserForm
          action={updateUserAction}
          user={{ id: user.id, displayName: user.displayName, role: user.role, departmentId: user.departmentId }}
          departments={departments}
          labels={{
            title,
            displayName: t("users.displayName"),
            role: t("users.role"),
            department: t("users.department"),
            departmentHint: t("users.departmentHint"),
            submit: t("form.save"),
            none: t("users.none"),
            roles: Object.fromEntries(ROLES.map((r) => [r, t(`role.${r}`)])),
            ownRole: user.id === actor.id ? t("users.ownRoleHint") : undefined,
          }}
        />
      </Card>
      {/* Here rather than in every row of the list (a province has a thousand users); one's own
          password is changed with 修改密码, which asks for the current one. */}
      {user.id !== actor.id && (
        <Card className="mt-6">
          {/* Beside the reset: whether the password an admin last chose is still the user's (they
              have not signed in and changed it since). */}
          {user.mustChangePassword && (
            <p className="mb-3 text-sm text-sky-900" data-testid="password-change-due-note">
              {t("users.passwordDueNote")}
            </p>
          )}
          <ResetPasswordForm
            action={resetUserPasswordAction}
            userId={user.id}
            labels={{
              open: t("users.resetPassword"),
              title: t("users.resetPasswordSubject", { name: subject }),
              password: t("users.resetPasswordLabel"),
              hint: t("users.resetPasswordHint"),
              submit: t("users.resetPasswordSubmit"),
            }}
          />
        </Card>
      )}
    </>
  );
}
