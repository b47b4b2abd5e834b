import Link from "next/link";
import { buttonClass } from "@/components/ui/field";
import type { Translate } from "@/lib/i18n/translate";

export const notFoundLabels = (t: Translate) => ({ title: t("notFound.title"), body: t("notFound.body"), home: t("notFound.home") });

/** What every 404 says, with the way home; the page around it gives the landmark. */
export function NotFoundContent({ labels }: { labels: ReturnType<typeof notFoundLabels> }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{labels.title}</h1>
      <p className="mt-4 text-slate-600">{labels.body}</p>
      <Link href="/" className={`mt-8 inline-block ${buttonClass}`}>
        {labels.home}
      </Link>
    </div>
  );
}
