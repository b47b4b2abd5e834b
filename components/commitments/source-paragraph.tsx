import Link from "next/link";

/** The sentence in its paragraph, the quote highlighted, linking to its place in the report. */
export function SourceParagraph({
  paragraph,
  href,
  linkLabel,
}: {
  paragraph: { before: string; quote: string; after: string };
  href: string;
  linkLabel: string;
}) {
  return (
    <figure>
      <blockquote className="leading-8 text-slate-700" data-testid="source-paragraph">
        {paragraph.before}
        <mark className="quote">{paragraph.quote}</mark>
        {paragraph.after}
      </blockquote>
      <figcaption className="mt-2 text-sm">
        <Link href={href} className="text-brand-700 hover:underline">
          {linkLabel}
        </Link>
      </figcaption>
    </figure>
  );
}
