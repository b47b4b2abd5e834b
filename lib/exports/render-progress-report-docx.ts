import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { htmlLang, type Locale, type Translate } from "@/lib/i18n/translate";
import type { ProgressReport, ProgressReportItem } from "./build-progress-report";
import {
  closingsLine,
  departmentHeading,
  lightChange,
  percentChange,
  rangeLine,
  scopeLine,
  reportHeading,
  summaryLine,
  progressLines,
  targetLines,
} from "./progress-report-text";

// The progress report as a Word document for the 督查 office to edit and file: A4 portrait,
// 宋体 body with 黑体 headings (the usual government document faces), one table per department.

// A4 in twips (210 × 297 mm), exact: the mm conversion rounds down to 11905.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: convertMillimetersToTwip(25), bottom: convertMillimetersToTwip(25), left: convertMillimetersToTwip(20), right: convertMillimetersToTwip(20) };
/** Column shares of the table, in percent of its width. */
const WIDTHS = [20, 16, 11, 14, 14, 25];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "94A3B8" };

function cell(text: string | string[], width: number, bold = false): TableCell {
  const lines = Array.isArray(text) ? text : [text];
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 20 })] })),
  });
}

function itemRow(item: ProgressReportItem, t: Translate, locale: Locale): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      cell(`${item.sectionCode} ${item.indicator}`, WIDTHS[0]),
      cell(targetLines(item, t, locale), WIDTHS[1]),
      cell(item.deadline, WIDTHS[2]),
      cell(lightChange(item, t), WIDTHS[3], item.lightNow === "OVERDUE"),
      cell(percentChange(item, t), WIDTHS[4]),
      cell(progressLines(item, t, locale), WIDTHS[5]),
    ],
  });
}

function headerRow(t: Translate): TableRow {
  const titles = [t("progress.col.indicator"), t("progress.col.target"), t("progress.col.deadline"), t("progress.col.status"), t("progress.col.percent"), t("progress.col.updates")];
  return new TableRow({ tableHeader: true, children: titles.map((title, i) => cell(title, WIDTHS[i], true)) });
}

/** The .docx bytes of a built progress report. */
export async function renderProgressReportDocx(report: ProgressReport, t: Translate, generatedOn: string, locale: Locale = "zh"): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(reportHeading(report, t))] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: rangeLine(report, t), size: 20 })] }),
    // A whole year made after it: the day its closings were read, as the printable page says it.
    ...[closingsLine(report, t)].filter((line) => line !== null).map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: 20, bold: true })] })),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t("progress.generatedAt", { date: generatedOn }), size: 20 })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t("progress.summary"))] }),
    new Paragraph({ children: [new TextRun(summaryLine(report, t))] }),
  ];
  const scope = scopeLine(report, t);
  if (scope) body.push(new Paragraph({ children: [new TextRun({ text: scope, bold: true })] }));
  if (report.departments.length === 0) body.push(new Paragraph({ children: [new TextRun(t("progress.empty"))] }));
  for (const department of report.departments) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(departmentHeading(department, t))] }));
    body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow(t), ...department.items.map((item) => itemRow(item, t, locale))] }));
  }
  const document = new Document({
    creator: t("app.name"),
    lastModifiedBy: t("app.name"),
    title: reportHeading(report, t),
    styles: {
      default: {
        // The reader's language for Word's proofing; the names and report text in it are Chinese.
        document: { run: { font: { ascii: "Times New Roman", eastAsia: "宋体", hAnsi: "Times New Roman" }, size: 24, language: { value: htmlLang(locale), eastAsia: "zh-CN" } } },
        title: { run: { font: { eastAsia: "黑体" }, size: 36, bold: true, color: "000000" } },
        heading1: { run: { font: { eastAsia: "黑体" }, size: 30, bold: true, color: "000000" } },
        heading2: { run: { font: { eastAsia: "黑体" }, size: 26, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children: body }],
  });
  return Packer.toBuffer(document);
}
