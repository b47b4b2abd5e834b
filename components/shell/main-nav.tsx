"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref } from "@/lib/navigation/current-nav-href";
import type { NavItem } from "./app-shell";

/**
 * The main menu, its entry for the page shown marked (aria-current and a darker tab). A client
 * component: the shell's layout is not rendered again when the user moves between its pages.
 */
export function MainNav({ items, label }: { items: NavItem[]; label: string }) {
  const current = currentNavHref(usePathname(), items.map((item) => item.href));
  return (
    <nav aria-label={label} className="flex flex-1 flex-wrap gap-1">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.href === current ? "page" : undefined}
          aria-label={item.accessibleName}
          className="rounded px-3 py-1 text-sm hover:bg-brand-800 underline-offset-4 aria-[current=page]:bg-brand-900 aria-[current=page]:underline"
        >
          {item.label}
          {item.badge ? (
            <span data-testid="work-badge" aria-hidden className="ml-1.5 rounded-full bg-white px-1.5 py-0.5 text-xs font-semibold text-brand-700">
              {item.badge}
            </span>
          ) : null}
        </Link>
      ))}
    </nav>
  );
}
