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

const CHINA = "Asia/Shanghai";
const CHINA_OFFSET_MS = 8 * 3_600_000;
// China's clocks have kept UTC+8 with no summer time since September 1991, so from 1992 on its
// wall time is the UTC instant moved by eight hours (years before 10000 keep ISO's shape).
const CHINA_FIXED_FROM = Date.UTC(1992, 0, 1);
const CHINA_FIXED_UNTIL = Date.UTC(10_000, 0, 1);

/**
 * The instant's wall time in China as ISO "YYYY-MM-DDTHH:MM:SS…", or null where the zone's rules
 * must be read (before 1992, or an invalid date). Arithmetic instead of Intl's formatToParts,
 * which was the largest single cost of a commitment page's dates (docs/performance.md, eighteenth
 * round); lib/time/date-time-format.test.ts holds it equal to Intl.
 */
export function chinaWallTime(instant: Date, timeZone: string): string | null {
  const time = instant.getTime();
  if (timeZone !== CHINA || !(time >= CHINA_FIXED_FROM && time < CHINA_FIXED_UNTIL)) return null;
  return new Date(time + CHINA_OFFSET_MS).toISOString();
}

/**
 * "2023-06-30 14:05" (or with `:ss`): how the app writes a moment, in China time unless another
 * zone is asked for, beside ISO days and in either language.
 */
export function formatZonedTime(instant: Date, { seconds = false, timeZone = CHINA }: { seconds?: boolean; timeZone?: string } = {}): string {
  const wall = chinaWallTime(instant, timeZone);
  if (wall !== null) return `${wall.slice(0, 10)} ${wall.slice(11, seconds ? 19 : 16)}`;
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
