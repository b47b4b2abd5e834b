import Link from "next/link";

export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  /** `nav` names the landmark. */
  labels: { prev: string; next: string; status: string; nav: string };
}) {
  const link = "rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100";
  return (
    <nav aria-label={labels.nav} className="mt-4 flex items-center justify-between text-sm">
      <span className="text-slate-600">{labels.status}</span>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={link} href={hrefFor(page - 1)} rel="prev">
            {labels.prev}
          </Link>
        )}
        {page < pages && (
          <Link className={link} href={hrefFor(page + 1)} rel="next">
            {labels.next}
          </Link>
        )}
      </div>
    </nav>
  );
}

/**
 * The pages of a searched list: `path?q=…&page=N`, with the list's other filters after the search
 * (`department=3`); page 1, an empty search and filters without a value left out.
 */
export function searchPageHref(path: string, q: string | undefined, filters: Record<string, string | number | undefined> = {}): (page: number) => string {
  return (page) => {
    const query = new URLSearchParams(q ? { q } : {});
    for (const [name, value] of Object.entries(filters)) if (value !== undefined && value !== "") query.set(name, String(value));
    if (page > 1) query.set("page", String(page));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
}
