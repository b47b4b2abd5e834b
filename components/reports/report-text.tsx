"use client";

import { segmentParagraphs, type Highlight } from "@/lib/reports/segment-text";

/** The report's text as paragraphs, with the given spans highlighted and addressable (#id). */
export function ReportText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const paragraphs = segmentParagraphs(text, highlights);
  return (
    <div className="space-y-3 leading-8">
      {paragraphs.map((p) => (
        <p key={p.start} id={`p-${p.start}`} className="indent-8">
          {p.segments.map((s, i) =>
            s.highlightId ? (
              <mark key={i} id={s.highlightId} className="quote scroll-mt-24">
                {s.text}
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
