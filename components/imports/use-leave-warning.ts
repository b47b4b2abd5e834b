"use client";

import { useEffect } from "react";

/**
 * While `active`, leaving the page asks first: an import's review lives in the page until it is
 * accepted, and leaving loses every edit. Reloading or closing the tab gets the browser's own
 * dialog; a click on a link inside the app (the header's menu, a breadcrumb) gets `question`,
 * since the app's links navigate without unloading the page. (The browser's back button inside
 * the app cannot be asked about.)
 */
export function useLeaveWarning(active: boolean, question: string) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    // Capturing on the document runs before React's handlers on its root, so a refused
    // navigation never reaches next/link.
    const askOnLink = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      // Another site unloads the page: the browser's own dialog asks (beforeunload), not twice.
      if (to.origin !== window.location.origin) return;
      if (to.pathname === window.location.pathname && to.search === window.location.search) return; // an anchor within the page (#cand-…) loses nothing
      if (window.confirm(question)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", askOnLink, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", askOnLink, true);
    };
  }, [active, question]);
}
