"use client";

import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * The opener of what a list's row shows on demand: a LazyFold's form, or what is shown elsewhere
 * than beside it (a department's 操作, in a row of its own under it, with a chevron). With script a
 * disclosure button (Enter and Space open and close it, and a screen reader hears whether it is
 * expanded); before hydration, or without script, a link (`href`: to the page with it open, which
 * the server then renders open, or, open, without it). `name` says whose it is where every row
 * has one ("操作：市农业农村局").
 */
export function DisclosureOpener({
  label,
  name,
  open,
  controls,
  href,
  onToggle,
  chevron = false,
}: {
  label: string;
  name?: string;
  open: boolean;
  /** The id of what it shows, once that is in the page. */
  controls: string | undefined;
  href: string;
  onToggle: () => void;
  /** A chevron after the label that turns when it is open, kept on the label's line. */
  chevron?: boolean;
}) {
  const hydrated = useHydrated();
  // secondaryButtonClass's look (app/globals.css): written on every row.
  const className = chevron ? "fold-opener whitespace-nowrap" : "fold-opener";
  const turning = chevron && (
    <svg aria-hidden="true" viewBox="0 0 12 12" className={`ml-1 inline size-3 align-[-1px] transition-transform ${open ? "rotate-180" : ""}`}>
      <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
  if (!hydrated) {
    return (
      <a href={href} aria-label={name} className={className}>
        {label}
        {turning}
      </a>
    );
  }
  return (
    <button type="button" aria-expanded={open} aria-controls={controls} aria-label={name} className={className} onClick={onToggle}>
      {label}
      {turning}
    </button>
  );
}
