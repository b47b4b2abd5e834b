import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { changeOwnPasswordAction } from "./actions";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("account.changePassword", "account.changePassword");

export default async function ChangePasswordPage() {
  const actor = await requireActor("account.changePassword");
  const { t } = await getTranslator();
  return (
    <>
      <PageHeader title={t("account.changePassword")} />
      <Card>
        <ChangePasswordForm
          action={changeOwnPasswordAction}
          loginName={actor.loginName}
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
