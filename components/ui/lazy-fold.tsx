"use client";

import { useId, useState, type ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * A fold whose content is rendered only once opened, for forms repeated on every row of a list:
 * a page of 60 departments sent 180 forms folded in `<details>` (and a select of every department
 * in each), which almost nobody opens. With script the opener is a disclosure button that opens
 * the fold in place; before hydration, or without script, it is a link (`href`: to the page with
 * this fold open, which the server then renders `open`, or, open, to the page without it).
 */
export function LazyFold({ label, href, open: openAtFirst, children }: { label: string; href: string; open: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(openAtFirst);
  const hydrated = useHydrated();
  const id = useId();
  // secondaryButtonClass's look, in app/globals.css: written on every row.
  const className = "fold-opener";
  return (
    <div className="mt-1">
      {hydrated ? (
        <button type="button" aria-expanded={open} aria-controls={open ? id : undefined} className={className} onClick={() => setOpen(!open)}>
          {label}
        </button>
      ) : (
        <a href={href} className={className}>
          {label}
        </a>
      )}
      {open && <div id={id}>{children}</div>}
    </div>
  );
}
