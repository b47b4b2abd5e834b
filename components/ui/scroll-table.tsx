import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a narrow screen rather than squeeze its columns to a
 * character each (390 px phones); `printable`: on paper it takes the page's width instead.
 */
export function ScrollTable({ className, printable = false, children }: { className: string; printable?: boolean; children: ReactNode }) {
  return (
    <div className={printable ? "overflow-x-auto print:overflow-visible" : "overflow-x-auto"}>
      <table className={`${className} min-w-[36rem]${printable ? " print:min-w-0" : ""}`}>{children}</table>
    </div>
  );
}
