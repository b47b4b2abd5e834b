/**
 * A report as people name it: its year and title ("2023 政府工作报告", or "2023年政府工作报告"
 * with `joiner` "年"). A title that already says its year ("2025年北京市政府工作报告", as imported
 * from a file) is not given it twice.
 */
export function reportName(report: { year: number; title: string }, joiner = " "): string {
  return report.title.includes(String(report.year)) ? report.title : `${report.year}${joiner}${report.title}`;
}
