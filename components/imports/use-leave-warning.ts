"use client";

import { useEffect } from "react";

/**
 * While `active`, reloading or closing the tab asks first (the browser's own dialog): an import's
 * review lives in the page until it is accepted, and a reload would lose every edit. Navigation
 * inside the app does not unload the page and is not asked about.
 */
export function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}
