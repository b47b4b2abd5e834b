"use client";

import { useSyncExternalStore } from "react";

function subscribe(query: string) {
  return (onChange: () => void) => {
    const list = window.matchMedia(query);
    list.addEventListener("change", onChange);
    return () => list.removeEventListener("change", onChange);
  };
}

/**
 * Whether the window is at least `px` wide, following resizes; false in the server's HTML (a
 * phone's layout first), so what depends on it must read well either way.
 */
export function useMinWidth(px: number): boolean {
  const query = `(min-width: ${px}px)`;
  return useSyncExternalStore(subscribe(query), () => window.matchMedia(query).matches, () => false);
}
