// Renders that failed while their answer still went out as a 200 (an error inside a streamed
// part ends in the error boundary): such an answer must not be kept. Next reports them to
// instrumentation.ts (onRequestError) with the request's headers; the cache tags each request it
// may keep with an id in RENDER_ID_HEADER and looks the id up here once the answer is out.
// instrumentation.ts spells the symbol and the header again: it is built by Next, this is not.
const FAILED = Symbol.for("duban.failedRenders");

export const RENDER_ID_HEADER = "x-duban-render";
/** Past this many ids the set starts again (see page-cache.mjs). */
export const FAILED_RENDERS_KEPT = 10_000;

/** The set of render ids Next reported errors for, shared by everything in this process. */
export function failedRenders() {
  return (globalThis[FAILED] ??= new Set());
}
