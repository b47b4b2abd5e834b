/**
 * Which rows a page of a list shows, given how many there are: a page past the end shows the
 * last one (a bookmarked page 5 of a list that shrank still shows rows), and an empty list has
 * one empty page.
 */
export function pageWindow(total: number, requestedPage: number, pageSize: number): { page: number; pages: number; skip: number; take: number } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requestedPage), pages);
  return { page, pages, skip: (page - 1) * pageSize, take: pageSize };
}
