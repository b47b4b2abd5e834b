"use client";

import { useId, useState, type ReactNode } from "react";
import { DisclosureOpener } from "@/components/ui/disclosure-opener";

/**
 * A fold whose content is rendered only once opened, for forms repeated on every row of a list:
 * a page of 60 departments sent 180 forms folded in `<details>` (and a select of every department
 * in each), which almost nobody opens. Its opener is a DisclosureOpener: a disclosure button that
 * opens the fold in place, a link before hydration (`href`: to the page with this fold open, which
 * the server then renders `open`, or, open, to the page without it).
 */
export function LazyFold({ label, href, open: openAtFirst, children }: { label: string; href: string; open: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(openAtFirst);
  const id = useId();
  return (
    <div className="mt-1">
      <DisclosureOpener label={label} open={open} controls={open ? id : undefined} href={href} onToggle={() => setOpen(!open)} />
      {open && <div id={id}>{children}</div>}
    </div>
  );
}
