import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server-locale";
import { buttonClass } from "@/components/ui/field";

// Every 404 — a mistyped address, a record of another department, a page the role may not open
// (requireActor answers those with notFound()) — says so in the reader's language.
/** An address that matches no page: its tab says so too (a page that calls notFound() names itself so). */
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("notFound.title") };
}

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{t("notFound.title")}</h1>
      <p className="mt-4 text-slate-600">{t("notFound.body")}</p>
      <Link href="/" className={`mt-8 inline-block ${buttonClass}`}>
        {t("notFound.home")}
      </Link>
    </main>
  );
}
