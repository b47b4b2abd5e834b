/**
 * A table whose rows become cards on a narrow screen: rows and cells stack, the first cells
 * marked `data-card="inline"` (a checkbox, the section, the indicator; a report's year and name)
 * share a line, and a cell with `data-label` is headed by its column's name (the header row is
 * hidden there: invisible sort links must not take the focus, and the cards name their fields) —
 * rather than a table scrolled sideways with columns off screen. Written once on the table, not
 * on every cell (the cells' padding too): a list page has 50 rows, and its bytes are what a
 * reused page costs to send (the bench's list line fell from 1,500–2,300 to 900 pages a second
 * when the phone's classes were written on each cell). Each breakpoint's classes are written
 * whole: Tailwind finds classes in the source text.
 */
export const CARD_ROWS_BELOW_MD = [
  "[&_td]:px-3 [&_td]:py-2",
  "max-md:block max-md:[&_tbody]:block max-md:[&_tr]:block max-md:[&_tr]:py-2 max-md:[&_th]:block max-md:[&_thead]:hidden",
  "max-md:[&_td]:block max-md:[&_td]:py-0.5 max-md:[&_td]:whitespace-normal",
  "max-md:[&_td[data-card=inline]]:inline max-md:[&_td[data-card=inline]]:pr-0",
  "max-md:[&_td[data-label]]:before:mr-1.5 max-md:[&_td[data-label]]:before:text-xs max-md:[&_td[data-label]]:before:text-slate-500 max-md:[&_td[data-label]]:before:content-[attr(data-label)]",
].join(" ");

/**
 * The same up to lg, for a table too wide for a tablet (the commitment list: at 768 px, in
 * English, its status pills were cut off at the box's edge and the indicator squeezed to a few
 * characters a line).
 */
export const CARD_ROWS_BELOW_LG = [
  "[&_td]:px-3 [&_td]:py-2",
  "max-lg:block max-lg:[&_tbody]:block max-lg:[&_tr]:block max-lg:[&_tr]:py-2 max-lg:[&_th]:block max-lg:[&_thead]:hidden",
  "max-lg:[&_td]:block max-lg:[&_td]:py-0.5 max-lg:[&_td]:whitespace-normal",
  "max-lg:[&_td[data-card=inline]]:inline max-lg:[&_td[data-card=inline]]:pr-0",
  "max-lg:[&_td[data-label]]:before:mr-1.5 max-lg:[&_td[data-label]]:before:text-xs max-lg:[&_td[data-label]]:before:text-slate-500 max-lg:[&_td[data-label]]:before:content-[attr(data-label)]",
].join(" ");
