import { SettingsForm } from "@/components/admin/settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettingsAction } from "./actions";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("settings.title", "settings.manage");

export default async function SettingsPage() {
  await requireActor("settings.manage");
  const [{ t }, settings] = await Promise.all([getTranslator(), getSettings()]);
  return (
    <>
      <PageHeader title={t("settings.title")} />
      <Card>
        <SettingsForm
          action={updateSettingsAction}
          values={settings}
          labels={{ title: t("settings.title"), publicPage: t("settings.publicPage"), staleAfterDays: t("settings.staleAfterDays"), staleHint: t("settings.staleHint"), save: t("form.save") }}
        />
      </Card>
    </>
  );
}
