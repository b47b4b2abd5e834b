"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A line saying what a step that led to this page did (a report imported, an import discarded,
 * a report deleted). It takes the focus as the page opens: the step's own page is gone (the
 * button that was pressed with it), and a live region's first content is not announced.
 */
export function SuccessNotice({ children }: { children: ReactNode }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => notice.current?.focus({ preventScroll: true }), []);
  return (
    <p ref={notice} tabIndex={-1} role="status" className="mb-6 rounded-md border border-green-200 bg-green-50 px-4 py-2 text-sm text-green-800 outline-none focus-visible:ring-2 focus-visible:ring-green-600">
      {children}
    </p>
  );
}
