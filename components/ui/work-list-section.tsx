import type { ReactNode } from "react";
import { bracketedAfter } from "@/lib/i18n/label-punctuation";

/**
 * A titled list of work waiting for someone (returned updates, commitments to report on, to
 * verify): the count beside the title, a line when there is nothing, a note when more wait than
 * are listed. The list itself and what follows it are the caller's.
 */
export function WorkListSection({
  title,
  count,
  testId,
  isEmpty,
  empty,
  more,
  moreTestId,
  className = "mb-8",
  footer,
  children,
}: {
  title: string;
  /** Written after the title in its language's brackets: "3", "20+". */
  count: string;
  testId: string;
  isEmpty: boolean;
  empty: string;
  /** Said when more are waiting than listed. */
  more?: string;
  moreTestId?: string;
  className?: string;
  /** After the list and its note (a link to all of them), when there is something. */
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-label={title} data-testid={testId} className={className}>
      <h2 className="mb-3 text-lg font-medium">
        {title}
        <span className="text-sm text-slate-500">{bracketedAfter(title, count)}</span>
      </h2>
      {isEmpty ? <p className="text-sm text-slate-500">{empty}</p> : children}
      {more && !isEmpty && (
        <p className="mt-3 text-sm text-slate-600" data-testid={moreTestId}>
          {more}
        </p>
      )}
      {!isEmpty && footer}
    </section>
  );
}
