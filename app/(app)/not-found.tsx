import type { Metadata } from "next";
import { NotFoundContent } from "@/components/ui/not-found-content";
import { getTranslator } from "@/lib/i18n/server-locale";

// Inside the signed-in shell, whose <main> holds it: a second main landmark would be one too many.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("notFound.title") };
}

export default async function NotFound() {
  const { t } = await getTranslator();
  return <NotFoundContent labels={{ title: t("notFound.title"), body: t("notFound.body"), home: t("notFound.home") }} />;
}
