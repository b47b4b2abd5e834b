import { Fragment } from "react";
import { DATA_LANG } from "@/lib/reports/report-lang";

/**
 * A sentence of the reader's language with data put in it ("As an official of {department}, …"):
 * each datum is marked as Chinese (DATA_LANG), so that in the English UI a screen reader reads a
 * department's or a person's name as Chinese rather than spelling it out. `template` is the
 * message unfilled (t(key) without params); a placeholder without a value is left as written.
 */
export function SentenceWithData({ template, data }: { template: string; data: Record<string, string> }) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          <Fragment key={i}>{part}</Fragment>
        ) : Object.hasOwn(data, part) ? (
          <span key={i} lang={DATA_LANG}>
            {data[part]}
          </span>
        ) : (
          <Fragment key={i}>{`{${part}}`}</Fragment>
        ),
      )}
    </>
  );
}
