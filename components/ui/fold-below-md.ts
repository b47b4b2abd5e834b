/**
 * Hides an element below md while the `<details>` just before it (holding only its summary,
 * `md:hidden`) is closed. The fold is the browser's own: no script, nothing to hydrate, the
 * same first paint from the server, and a summary that says whether it is expanded. The content
 * stays a sibling, not inside the details, because a closed details hides its content at every
 * width and md and wider show it unfolded (`::details-content`, which could undo that, is too new).
 */
export const FOLDED_BELOW_MD = "max-md:[details:not([open])+&]:hidden";
