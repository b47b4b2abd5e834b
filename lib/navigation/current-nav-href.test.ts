import { describe, expect, it } from "vitest";
import { currentNavHref } from "./current-nav-href";

const hrefs = ["/", "/dashboard", "/commitments", "/reports", "/reports/import", "/admin/users"];

describe("the menu entry of the page shown", () => {
  it("is the entry of the page itself or of the folder it is in", () => {
    expect(currentNavHref("/commitments", hrefs)).toBe("/commitments");
    expect(currentNavHref("/commitments/17", hrefs)).toBe("/commitments");
    expect(currentNavHref("/admin/users/4", hrefs)).toBe("/admin/users");
  });

  it("is the longest entry that holds the page (an import draft is under Import, not Reports)", () => {
    expect(currentNavHref("/reports/import/3", hrefs)).toBe("/reports/import");
    expect(currentNavHref("/reports/1", hrefs)).toBe("/reports");
  });

  it("is the dashboard for the progress report it opens, though its address is under /reports", () => {
    expect(currentNavHref("/reports/progress", hrefs)).toBe("/dashboard");
  });

  it("is the home entry only for the home page, and none for a page outside the menu", () => {
    expect(currentNavHref("/", hrefs)).toBe("/");
    expect(currentNavHref("/account/password", hrefs)).toBeNull();
    // A prefix of a word is not a folder.
    expect(currentNavHref("/reportsx", hrefs)).toBeNull();
  });
});
