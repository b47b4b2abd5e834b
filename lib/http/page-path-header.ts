/** Set by proxy.ts on every page request: the path and query asked for (see requireActor). */
export const PAGE_PATH_HEADER = "x-duban-page";
