import type { ReadingCautionKind } from "@/lib/reviews/reading-cautions";

/**
 * A word of caution beside a reading before it is decided: one far beyond its target
 * ("implausible": a slip of digits or unit?), or one a later approved reading already stands
 * over ("superseded": approving it will not make it the figure), or one below the approved total
 * it would replace ("falling": a slip, or the month's figure alone?). Its id goes into what the
 * decision buttons are described by, so it is heard on reaching them.
 */
export function ReviewCaution({ id, text, kind }: { id: string; text: string; kind: ReadingCautionKind }) {
  return (
    <p id={id} className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 ring-1 ring-amber-300" data-testid={`${kind}-reading`}>
      {text}
    </p>
  );
}
