import type { Metadata } from "next";
import { NotFoundContent } from "@/components/ui/not-found-content";
import { getTranslator } from "@/lib/i18n/server-locale";

// Every 404 — a mistyped address, a record of another department, a page the role may not open
// (requireActor answers those with notFound()) — says so in the reader's language. This one
// answers addresses outside the signed-in shell; app/(app)/not-found.tsx those inside it.

/** An address that matches no page: its tab says so too (a page that calls notFound() names itself so). */
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("notFound.title") };
}

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main>
      <NotFoundContent labels={{ title: t("notFound.title"), body: t("notFound.body"), home: t("notFound.home") }} />
    </main>
  );
}
