"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { clearAllSavedReviews } from "@/components/imports/saved-review";
import { clearAllDecisionNotes } from "@/components/ui/decision-note-draft";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Works through its script: before hydration it is disabled rather than ignore a click. */
export function SignOutButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  // One click signs out once.
  const [leaving, setLeaving] = useState(false);
  return (
    <button
      type="button"
      disabled={!hydrated || leaving}
      onClick={async () => {
        setLeaving(true);
        // Not signOut's own redirect: it goes to NEXTAUTH_URL's host (http://localhost:…) even when
        // the app was opened at another address, where the language cookie is not. A whole page
        // load, not the router: nothing rendered for the signed-in user stays in its cache. If the
        // request failed, the login page (or the page the proxy sends there) says where one is.
        // Import reviews kept in this browser are the signed-in admin's, and notes being typed in
        // this tab the reviewer's: not left for the next user.
        clearAllSavedReviews(window.localStorage);
        clearAllDecisionNotes(window.sessionStorage);
        try {
          await signOut({ redirect: false });
        } finally {
          window.location.assign(new URL("/login", window.location.origin));
        }
      }}
      className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60"
    >
      {label}
    </button>
  );
}
