"use client";

import { useSyncExternalStore } from "react";

// One subscription function per query, so React does not drop and re-add the listener at every render.
const subscriptions = new Map<string, (onChange: () => void) => () => void>();

function subscribe(query: string) {
  let subscription = subscriptions.get(query);
  if (!subscription) {
    subscription = (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    };
    subscriptions.set(query, subscription);
  }
  return subscription;
}

/**
 * Whether the window is at least `px` wide, following resizes; false in the server's HTML (a
 * phone's layout first), so what depends on it must read well either way.
 */
export function useMinWidth(px: number): boolean {
  const query = `(min-width: ${px}px)`;
  return useSyncExternalStore(subscribe(query), () => window.matchMedia(query).matches, () => false);
}
