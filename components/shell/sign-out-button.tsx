"use client";

import { signOut } from "next-auth/react";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Works through its script: before hydration it is disabled rather than ignore a click. */
export function SignOutButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60"
    >
      {label}
    </button>
  );
}
