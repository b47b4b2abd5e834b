import { Fragment } from "react";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { isQuotedSlot, quotedWithin } from "@/lib/i18n/quoted-within";

/**
 * A sentence of the reader's language with data put in it ("As an official of {department}, …"):
 * each datum is marked as Chinese (DATA_LANG), so that in the English UI a screen reader reads a
 * department's or a person's name as Chinese rather than spelling it out. `template` is the
 * message unfilled (t(key) without params); a placeholder without a value is left as written.
 * `lang` is REPORT_LANG when the data is the report's own words (its text, a section's title).
 * A datum the message quotes has its own double quotes made single, as fillMessage does.
 */
export function SentenceWithData({
  template,
  data,
  lang = DATA_LANG,
}: {
  template: string;
  data: Record<string, string>;
  lang?: typeof DATA_LANG | typeof REPORT_LANG;
}) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          <Fragment key={i}>{part}</Fragment>
        ) : Object.hasOwn(data, part) ? (
          <span key={i} lang={lang}>
            {isQuotedSlot(parts[i - 1], parts[i + 1]) ? quotedWithin(data[part]) : data[part]}
          </span>
        ) : (
          <Fragment key={i}>{`{${part}}`}</Fragment>
        ),
      )}
    </>
  );
}
