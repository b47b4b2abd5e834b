import { NotFoundContent, notFoundLabels } from "@/components/ui/not-found-content";
import { titled } from "@/lib/i18n/page-title";
import { getTranslator } from "@/lib/i18n/server-locale";

// Inside the signed-in shell, whose <main> holds it: a second main landmark would be one too many.
export const generateMetadata = titled("notFound.title");

export default async function NotFound() {
  const { t } = await getTranslator();
  return <NotFoundContent labels={notFoundLabels(t)} />;
}
