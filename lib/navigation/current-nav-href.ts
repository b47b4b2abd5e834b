/** Pages opened from another entry's page than their address says: the progress report is the dashboard's. */
const OPENED_FROM: Record<string, string> = { "/reports/progress": "/dashboard" };

/**
 * Which menu entry holds the page at `pathname`: the longest href that is the path or a folder
 * above it (/reports/import/3 is under "/reports/import", not "/reports"; "/" only for itself).
 * Null when no entry does (the account page).
 */
export function currentNavHref(pathname: string, hrefs: readonly string[]): string | null {
  const home = OPENED_FROM[pathname];
  if (home && hrefs.includes(home)) return home;
  let best: string | null = null;
  for (const href of hrefs) {
    const holds = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
    if (holds && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
