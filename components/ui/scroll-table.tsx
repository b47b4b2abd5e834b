import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a narrow screen rather than squeeze its columns to a
 * character each (390 px phones); `printable`: on paper it takes the page's width instead.
 * (Each class is written whole, as its own string: Tailwind finds classes in the source text.)
 */
export function ScrollTable({ className, printable = false, children }: { className: string; printable?: boolean; children: ReactNode }) {
  const wrapper = printable ? "overflow-x-auto print:overflow-visible" : "overflow-x-auto";
  const table = [className, "min-w-[36rem]", printable ? "print:min-w-0" : ""].filter(Boolean).join(" ");
  return (
    <div className={wrapper}>
      <table className={table}>{children}</table>
    </div>
  );
}
