/** What reportName reads of a report, for a Prisma select. */
export const REPORT_NAME_SELECT = { year: true, title: true, issuer: true } as const;

/**
 * A report as people name it: its issuer's place, year and title ("洛阳市 2023 政府工作报告", or
 * "洛阳市2023年政府工作报告" with `joiner` "年"). Two reports of one year are both called 政府工作报告
 * (a city's and the State Council's): the place tells them apart, and is left out when the title
 * already says it ("2025年北京市政府工作报告"), as the year is.
 */
export function reportName(report: { year: number; title: string; issuer: string }, joiner = " "): string {
  const dated = report.title.includes(String(report.year)) ? report.title : `${report.year}${joiner}${report.title}`;
  const place = issuerPlace(report.issuer);
  if (!place || report.title.includes(place)) return dated;
  return `${place}${joiner === "年" ? "" : " "}${dated}`;
}

/** The place an issuer names: "洛阳市人民政府" → "洛阳市"; "国务院" stays as it is. */
function issuerPlace(issuer: string): string {
  return issuer.trim().replace(/人民政府$/, "");
}

/**
 * A report's (or draft's) name from what an audit event recorded of it ({ title, year, issuer }),
 * for one no longer there or named as it was; the title alone without a year; null without one.
 */
export function recordedReportName(side: unknown): string | null {
  if (!side || typeof side !== "object" || Array.isArray(side)) return null;
  const { title, year, issuer } = side as { title?: unknown; year?: unknown; issuer?: unknown };
  if (typeof title !== "string") return null;
  if (typeof year !== "number") return title;
  return reportName({ title, year, issuer: typeof issuer === "string" ? issuer : "" });
}
