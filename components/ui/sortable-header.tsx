import Link from "next/link";

/**
 * A column header that sorts by a link (so it works without JavaScript); the active column says
 * its direction to screen readers (`aria-sort`) and shows it with an arrow. Without `href` the
 * column cannot be sorted and the label stands alone.
 */
export function SortableHeader({
  label,
  href,
  active,
  className,
  scroll,
}: {
  label: string;
  href?: string;
  active?: "asc" | "desc";
  className: string;
  /** `false` keeps the scroll position, for a table further down the page. */
  scroll?: boolean;
}) {
  return (
    <th className={className} aria-sort={active ? (active === "asc" ? "ascending" : "descending") : undefined}>
      {href ? (
        <Link href={href} className="hover:underline" scroll={scroll}>
          {label}
          {active && <span aria-hidden>{active === "asc" ? " ▲" : " ▼"}</span>}
        </Link>
      ) : (
        label
      )}
    </th>
  );
}
