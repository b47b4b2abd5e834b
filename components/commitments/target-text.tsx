import { splitTarget } from "@/lib/commitments/format-target";
import { FigureText } from "@/components/ui/figure-text";

/** A written target: the reader's words ("up ", the milestone label) as they are, a figure in the report's unit marked Chinese. */
export function TargetText({ text }: { text: string }) {
  const { words, figure } = splitTarget(text);
  return (
    <>
      {words}
      {figure && <FigureText text={figure} />}
    </>
  );
}
