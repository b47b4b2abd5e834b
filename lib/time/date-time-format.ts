// Building an Intl.DateTimeFormat costs far more than formatting with one (a detail page with 50
// updates spent a sixth of its CPU constructing them), and a page formats dozens of instants:
// formatters are made once per locale and options, and reused.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Date and time as people in China read them (toLocaleString's fields, in China time). */
const LOCAL_TIME: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
};

/** An instant as the reader's locale writes date and time, in China time. */
export function formatLocalTime(instant: Date, locale: "zh" | "en"): string {
  return dateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", LOCAL_TIME).format(instant);
}
