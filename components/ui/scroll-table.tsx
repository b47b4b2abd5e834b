import type { ReactNode } from "react";
import { CARD_ROWS_BELOW_MD } from "./card-rows";

/**
 * A table that scrolls sideways on a narrow screen rather than squeeze its columns to a
 * character each (390 px phones); `printable`: on paper it takes the page's width instead;
 * `cards`: below md its rows are cards instead (CARD_ROWS_BELOW_MD: no column off screen).
 * (Each class is written whole, as its own string: Tailwind finds classes in the source text.)
 */
export function ScrollTable({
  className,
  printable = false,
  cards = false,
  label,
  children,
}: {
  className: string;
  printable?: boolean;
  cards?: boolean;
  /**
   * Names the scrolling box and makes it a Tab stop, so a keyboard can scroll it sideways in
   * every browser (Chromium alone focuses such boxes by itself) — also where the table holds
   * links: a column with none (an imported time, a status) is reached by no link's focus.
   */
  label: string;
  children: ReactNode;
}) {
  const wrapper = printable ? "overflow-x-auto print:overflow-visible" : "overflow-x-auto";
  const table = [className, cards ? `md:min-w-[36rem] ${CARD_ROWS_BELOW_MD}` : "min-w-[36rem]", printable ? "print:min-w-0" : ""].filter(Boolean).join(" ");
  return (
    <div className={wrapper} role="region" aria-label={label} tabIndex={0}>
      <table className={table}>{children}</table>
    </div>
  );
}
