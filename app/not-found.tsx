import { NotFoundContent, notFoundLabels } from "@/components/ui/not-found-content";
import { titled } from "@/lib/i18n/page-title";
import { getTranslator } from "@/lib/i18n/server-locale";

// Every 404 — a mistyped address, a record of another department, a page the role may not open
// (requireActor answers those with notFound()) — says so in the reader's language, in its tab
// too. This one answers addresses outside the signed-in shell; app/(app)/not-found.tsx those
// inside it.
export const generateMetadata = titled("notFound.title");

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main>
      <NotFoundContent labels={notFoundLabels(t)} />
    </main>
  );
}
