import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { afterPasswordChange } from "@/lib/auth/password-change-path";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { changeOwnPasswordAction } from "./actions";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("account.changePassword", "account.changePassword");

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const actor = await requireActor("account.changePassword");
  const [{ t }, { next }] = await Promise.all([getTranslator(), searchParams]);
  return (
    <>
      <PageHeader title={t("account.changePassword")} />
      {/* Sent here from every page: it says why, and the change leads on to the page asked for. */}
      {actor.mustChangePassword && (
        <p role="status" data-testid="password-change-due" className="mb-4 max-w-2xl rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t("account.password.due")}
        </p>
      )}
      <Card>
        <ChangePasswordForm
          action={changeOwnPasswordAction}
          loginName={actor.loginName}
          next={actor.mustChangePassword ? afterPasswordChange(next) : undefined}
          labels={{
            title: t("account.changePassword"),
            current: t("account.password.current"),
            next: t("account.password.new"),
            nextHint: t("account.password.newHint"),
            confirm: t("account.password.confirm"),
            submit: t("account.changePassword"),
          }}
        />
      </Card>
    </>
  );
}
