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
      onClick={async () => {
        // Not signOut's own redirect: it goes to NEXTAUTH_URL's host (http://localhost:…) even when
        // the app was opened at another address, where the language cookie is not. A whole page
        // load, not the router: nothing rendered for the signed-in user stays in its cache.
        await signOut({ redirect: false });
        window.location.assign(new URL("/login", window.location.origin));
      }}
      className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60"
    >
      {label}
    </button>
  );
}
