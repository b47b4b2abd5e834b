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

/** Date and time in China time, as the rest of the app writes days: 2023-06-30 14:05:00. */
const LOCAL_TIME: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
};

/**
 * An instant in China time, "2023-06-30 14:05:00" in either language: the audit history and the
 * report lists sit beside ISO days and the timeline's "2023-06-30 14:05", not "2023/6/30".
 */
export function formatLocalTime(instant: Date): string {
  const parts = dateTimeFormat("en-CA", LOCAL_TIME).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}:${get("second")}`;
}
