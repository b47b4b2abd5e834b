import { FOLDED_BELOW_MD, FoldBelowMd } from "@/components/ui/fold-below-md";
import type { ExportLinkLabels } from "@/lib/exports/export-link-labels";

/** Appends `extra` to a query string given with or without its "?". */
/** The links' look, which their fold's summary shares on a phone. */
const LINK_LOOK = "rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50";

function withQuery(path: string, query: string, extra?: string): string {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  // Exports are every page of the list: paging parameters would only confuse a shared link.
  params.delete("page");
  params.delete("size");
  if (extra) for (const [k, v] of new URLSearchParams(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * "导出 Excel / CSV" for the list page: the same query string as the list, so the download holds
 * exactly the rows the list shows (all pages). Plain links: the browser downloads the file (the
 * answer says attachment). No `download` attribute: with it a refusal — a session ended in
 * another tab — is a failed download the page never shows; without it, a page that says why.
 * A narrow screen folds the four behind one "导出" until asked: on a phone they came before the rows.
 */
export function ExportLinks({ query, labels }: { query: string; labels: ExportLinkLabels }) {
  const links = [
    { href: withQuery("/api/exports/commitments.xlsx", query), label: labels.xlsx },
    { href: withQuery("/api/exports/commitments.xlsx", query, "sheets=section"), label: labels.xlsxBySection },
    { href: withQuery("/api/exports/commitments.xlsx", query, "sheets=department"), label: labels.xlsxByDepartment },
    { href: withQuery("/api/exports/commitments.csv", query), label: labels.csv },
  ];
  return (
    <>
      <FoldBelowMd className="text-sm print:hidden" look={LINK_LOOK}>
        {labels.title}
      </FoldBelowMd>
      <nav aria-label={labels.title} className={`mb-4 flex flex-wrap items-center gap-2 text-sm print:hidden max-md:basis-full ${FOLDED_BELOW_MD}`} data-testid="export-links">
        {/* Below md the summary just before says it. */}
        <span className="text-slate-500 max-md:hidden">{labels.title}</span>
        {links.map((l) => (
          <a key={l.href} href={l.href} className={LINK_LOOK}>
            {l.label}
          </a>
        ))}
      </nav>
    </>
  );
}
