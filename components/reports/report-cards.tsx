"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { REPORT_LANG } from "@/lib/reports/report-lang";

export interface ReportCard {
  id: number;
  heading: string;
  issuer: string;
  commitmentsLabel: string;
  /** How many sections hold the commitments counted; null when there are none. */
  sectionsLabel: string | null;
}

/** The imported reports, one card each (rendered from plain rows: see CODE_STYLE.md). */
export function ReportCards({ cards }: { cards: ReportCard[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {cards.map((r) => (
        <Card key={r.id}>
          <Link lang={REPORT_LANG} href={`/reports/${r.id}`} className="text-lg font-medium text-brand-700 hover:underline">
            {r.heading}
          </Link>
          <p lang={REPORT_LANG} className="mt-1 text-sm text-slate-500">{r.issuer}</p>
          <p className="mt-3 text-sm">
            {/* Underlined, in the links' red: in the text's own colour it could not be told from the count of parts beside it (WCAG 1.4.1). */}
            <Link href={`/commitments?report=${r.id}`} className="text-brand-700 underline underline-offset-2 hover:decoration-2">
              {r.commitmentsLabel}
            </Link>
            {r.sectionsLabel && (
              <>
                {/* Drawn between the counts, not read out between them. */}
                <span aria-hidden="true" className="mx-2 text-slate-300">
                  |
                </span>
                <span data-testid="section-count">{r.sectionsLabel}</span>
              </>
            )}
          </p>
        </Card>
      ))}
    </div>
  );
}
