"use client";

import { SortableHeader } from "@/components/ui/sortable-header";

export interface LeagueColumn {
  key: string;
  label: string;
  href: string;
  active?: "asc" | "desc";
  numeric?: boolean;
}

export interface LeagueRow {
  key: string;
  cells: Record<string, string>;
  /** The language of a cell whose text is data (a department's name), not the UI's words. */
  lang?: Record<string, string>;
  /** Rows with overdue items are marked, not only coloured. */
  overdue: boolean;
}

/** The lead departments ranked: every column sorts by a link, so it works without JavaScript. */
export function LeagueTable({ columns, rows, caption }: { columns: LeagueColumn[]; rows: LeagueRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      {/* At least as wide as its seven columns need: on a phone it scrolls, and a Chinese head
          or a count is not broken a character a line ("2⏎0", "已完⏎成"). */}
      <table className="w-full min-w-[44rem] text-sm" data-testid="league-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {columns.map((c) => (
              <SortableHeader
                key={c.key}
                className={`px-3 py-2 font-medium ${c.numeric ? "text-right" : ""}`}
                label={c.label}
                href={c.href}
                active={c.active}
                scroll={false}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100">
              {columns.map((c) => (
                <td key={c.key} lang={r.lang?.[c.key]} className={`px-3 py-2 ${c.numeric ? "whitespace-nowrap text-right tabular-nums" : "min-w-32"} ${c.key === "overdue" && r.overdue ? "font-semibold text-red-700" : ""}`}>
                  {r.cells[c.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
