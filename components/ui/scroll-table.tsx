import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a narrow screen rather than squeeze its columns to a
 * character each (390 px phones); `printable`: on paper it takes the page's width instead.
 * (Each class is written whole, as its own string: Tailwind finds classes in the source text.)
 */
export function ScrollTable({
  className,
  printable = false,
  label,
  children,
}: {
  className: string;
  printable?: boolean;
  /**
   * Names the scrolling box and makes it a Tab stop, for a table with no link or button inside:
   * otherwise a keyboard cannot scroll it sideways in every browser (Chromium alone focuses such
   * boxes by itself). Tables with links scroll as their links take the focus.
   */
  label?: string;
  children: ReactNode;
}) {
  const wrapper = printable ? "overflow-x-auto print:overflow-visible" : "overflow-x-auto";
  const table = [className, "min-w-[36rem]", printable ? "print:min-w-0" : ""].filter(Boolean).join(" ");
  return (
    <div className={wrapper} {...(label ? { role: "region", "aria-label": label, tabIndex: 0 } : {})}>
      <table className={table}>{children}</table>
    </div>
  );
}
