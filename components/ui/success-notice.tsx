import type { ReactNode } from "react";

/** A line saying what a step that led to this page did (a report imported, an import discarded). */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-6 rounded-md border border-green-200 bg-green-50 px-4 py-2 text-sm text-green-800">
      {children}
    </p>
  );
}
