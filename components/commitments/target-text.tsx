import { splitTarget } from "@/lib/commitments/format-target";
import { figureLang } from "@/lib/reports/report-lang";

/** A written target: the reader's words ("up ", the milestone label) as they are, a figure in the report's unit marked Chinese. */
export function TargetText({ text }: { text: string }) {
  const { words, figure } = splitTarget(text);
  return (
    <>
      {words}
      {figure && <span lang={figureLang(figure)}>{figure}</span>}
    </>
  );
}
