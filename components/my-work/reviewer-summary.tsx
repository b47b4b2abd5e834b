import { Card } from "@/components/ui/card";

/** A reviewer's backlog at a glance, with the way into the queue. */
export function ReviewerSummary({ lines, link }: { lines: string[]; link: { href: string; label: string } }) {
  return (
    <Card testId="reviewer-summary">
      <ul className="space-y-1 text-sm">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <a href={link.href} className="mt-3 inline-block text-brand-700 underline">
        {link.label}
      </a>
    </Card>
  );
}
