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

/** The fields of a moment as the app writes it; the zone is given per call. */
const MOMENT_FIELDS: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
};

/**
 * "2023-06-30 14:05" (or with `:ss`): how the app writes a moment, in China time unless another
 * zone is asked for, beside ISO days and in either language.
 */
export function formatZonedTime(instant: Date, { seconds = false, timeZone = "Asia/Shanghai" }: { seconds?: boolean; timeZone?: string } = {}): string {
  const parts = dateTimeFormat("en-CA", { ...MOMENT_FIELDS, timeZone }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}${seconds ? `:${get("second")}` : ""}`;
}

/**
 * An instant in China time to the second, "2023-06-30 14:05:00": the audit history and the
 * report lists sit beside ISO days and the timeline's "2023-06-30 14:05", not "2023/6/30".
 */
export function formatLocalTime(instant: Date): string {
  return formatZonedTime(instant, { seconds: true });
}
