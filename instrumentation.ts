import type { Instrumentation } from "next";

// The production server's page cache (scripts/response-cache/) must not keep an answer whose
// render failed after it had started streaming as a 200 (the error boundary's page). It tags the
// requests it may keep with a render id; this reports the ids of failed renders back to it
// through a process-wide set (scripts/response-cache/failed-renders.mjs spells the same names).
const FAILED = Symbol.for("duban.failedRenders");
const RENDER_ID_HEADER = "x-duban-render";

export const onRequestError: Instrumentation.onRequestError = (_error, request) => {
  const id = request.headers[RENDER_ID_HEADER];
  if (typeof id !== "string") return;
  const registry = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  (registry[FAILED] ??= new Set()).add(id);
};
