"use client";

import { REPORT_LANG } from "@/lib/reports/report-lang";
import { segmentParagraphs, type Highlight } from "@/lib/reports/segment-text";

/**
 * The report's text as paragraphs, with the given spans highlighted and addressable (#id); a span
 * with an `href` links there (a commitment's sentence to the commitment's page).
 */
export function ReportText({ text, highlights }: { text: string; highlights: (Highlight & { href?: string })[] }) {
  const paragraphs = segmentParagraphs(text, highlights);
  const hrefs = new Map(highlights.flatMap((h) => (h.href ? [[h.id, h.href] as const] : [])));
  return (
    <div className="space-y-3 leading-8" lang={REPORT_LANG}>
      {paragraphs.map((p) => (
        <p key={p.start} id={`p-${p.start}`} className="indent-8">
          {p.segments.map((s, i) =>
            s.highlightId ? (
              <mark key={i} id={s.highlightId} className="quote scroll-mt-24">
                {hrefs.has(s.highlightId) ? (
                  <a href={hrefs.get(s.highlightId)}>
                    {s.text}
                  </a>
                ) : (
                  s.text
                )}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
