import type { ReactNode } from "react";
import { secondaryButtonClass } from "./field";

/**
 * Hides an element below md while the `<details>` just before it (holding only its summary,
 * `md:hidden`) is closed. The fold is the browser's own: no script, nothing to hydrate, the
 * same first paint from the server, and a summary that says whether it is expanded. The content
 * stays a sibling, not inside the details, because a closed details hides its content at every
 * width and md and wider show it unfolded (`::details-content`, which could undo that, is too new).
 */
export const FOLDED_BELOW_MD = "max-md:[details:not([open])+&]:hidden";

/**
 * The `<details>` holding only the summary that folds the element right after it (which carries
 * FOLDED_BELOW_MD): shown below md, where its summary says what is folded; hidden from md up,
 * where the element shows unfolded. `look` is the summary's button style (the export links' own
 * look beside them); `open` starts it unfolded.
 */
export function FoldBelowMd({ children, className = "", look = secondaryButtonClass, open = false }: { children: ReactNode; className?: string; look?: string; open?: boolean }) {
  return (
    // `open`: what is folded has something to say first (a filter refused), so it starts unfolded.
    <details className={`md:hidden ${className}`} open={open}>
      <summary className={`${look} inline-block cursor-pointer [details[open]>&]:bg-slate-100`}>{children}</summary>
    </details>
  );
}
