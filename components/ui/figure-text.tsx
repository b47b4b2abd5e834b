import { figureLang } from "@/lib/reports/report-lang";

/**
 * A figure written with its unit, marked Chinese while it holds the report's own unit (a unit
 * English has no word for, "388个" on a Chinese page): read aloud in the reader's language it
 * would be spelled out character by character or skipped.
 */
export function FigureText({ text }: { text: string }) {
  return <span lang={figureLang(text)}>{text}</span>;
}
