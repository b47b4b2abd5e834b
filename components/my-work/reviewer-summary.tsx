import { Card } from "@/components/ui/card";

export interface ReviewerSummaryLine {
  text: string;
  /** Where the line's items are listed, when not in the queue the card links to. */
  href?: string;
}

/** A reviewer's backlog at a glance, with the way into the queue. */
export function ReviewerSummary({ lines, link }: { lines: ReviewerSummaryLine[]; link: { href: string; label: string } }) {
  return (
    <Card testId="reviewer-summary">
      <ul className="space-y-1 text-sm">
        {lines.map((line) => (
          <li key={line.text}>
            {line.href ? (
              <a href={line.href} className="text-brand-700 underline">
                {line.text}
              </a>
            ) : (
              line.text
            )}
          </li>
        ))}
      </ul>
      <a href={link.href} className="mt-3 inline-block text-brand-700 underline">
        {link.label}
      </a>
    </Card>
  );
}
