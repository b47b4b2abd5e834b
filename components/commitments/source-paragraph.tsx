import { REPORT_LANG } from "@/lib/reports/report-lang";

/**
 * The sentence in its paragraph, the quote highlighted, linking to its place in the report (a
 * plain link: a full load lets the browser scroll to the quote and mark it as :target).
 */
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
      <blockquote className="leading-8 text-slate-700" data-testid="source-paragraph" lang={REPORT_LANG}>
        {paragraph.before}
        <mark className="quote">{paragraph.quote}</mark>
        {paragraph.after}
      </blockquote>
      <figcaption className="mt-2 text-sm">
        <a href={href} className="text-brand-700 hover:underline">
          {linkLabel}
        </a>
      </figcaption>
    </figure>
  );
}
