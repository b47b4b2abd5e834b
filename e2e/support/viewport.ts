import type { Browser, Page } from "@playwright/test";

/** A phone's screen, as the layout checks use it. */
export const PHONE = { width: 390, height: 844 };

/** A browser of its own (no session) with a phone's screen. */
export async function phone(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: PHONE })).newPage();
}

/** How far the page runs past the window sideways (0 or less: no sideways scroll). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
}
