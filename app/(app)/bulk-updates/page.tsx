import { BulkUploadForm } from "@/components/bulk-updates/bulk-upload-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { submitBulkUpdatesAction } from "./actions";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("bulk.title", "update.submit");

export default async function BulkUpdatesPage() {
  await requireActor("update.submit");
  const { t } = await getTranslator();
  return (
    <>
      <PageHeader title={t("bulk.title")} />
      <Card className="max-w-3xl space-y-4">
        <p className="text-sm text-slate-600">{t("bulk.hint")}</p>
        <a href="/api/bulk-updates/template.xlsx" className="inline-block text-brand-700 underline">
          {t("bulk.download")}
        </a>
        <BulkUploadForm action={submitBulkUpdatesAction} labels={{ title: t("bulk.title"), file: t("bulk.file"), submit: t("bulk.submit"), row: t("bulk.error.row"), separator: t("common.listSeparator") }} />
      </Card>
    </>
  );
}
