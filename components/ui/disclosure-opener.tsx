"use client";

import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * The opener of what a list's row shows on demand elsewhere than beside it (a department's 操作,
 * in a row of its own under it). With script a disclosure button (Enter and Space open and close
 * it, and a screen reader hears whether it is expanded); before hydration, or without script, a
 * link (`href`: to the page with it open, which the server then renders open, or, open, without
 * it), as LazyFold's. `name` says whose it is ("操作：市农业农村局"): every row has one.
 */
export function DisclosureOpener({
  label,
  name,
  open,
  controls,
  href,
  onToggle,
}: {
  label: string;
  name: string;
  open: boolean;
  /** The id of what it shows, once that is in the page. */
  controls: string | undefined;
  href: string;
  onToggle: () => void;
}) {
  const hydrated = useHydrated();
  // secondaryButtonClass's look (app/globals.css), with a chevron that turns when it is open.
  const className = "fold-opener whitespace-nowrap";
  const chevron = (
    <svg aria-hidden="true" viewBox="0 0 12 12" className={`ml-1 inline size-3 align-[-1px] transition-transform ${open ? "rotate-180" : ""}`}>
      <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
  if (!hydrated) {
    return (
      <a href={href} aria-label={name} className={className}>
        {label}
        {chevron}
      </a>
    );
  }
  return (
    <button type="button" aria-expanded={open} aria-controls={controls} aria-label={name} className={className} onClick={onToggle}>
      {label}
      {chevron}
    </button>
  );
}
