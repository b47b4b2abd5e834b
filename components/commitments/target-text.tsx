import { splitTarget } from "@/lib/commitments/format-target";
import { REPORT_LANG } from "@/lib/reports/report-lang";

/** A written target: the reader's words ("up ", the milestone label) as they are, the report's figure marked Chinese. */
export function TargetText({ text }: { text: string }) {
  const { words, figure } = splitTarget(text);
  return (
    <>
      {words}
      {figure && <span lang={REPORT_LANG}>{figure}</span>}
    </>
  );
}
