import { describe, expect, it } from "vitest";
import { pageWindow } from "./page-window";

describe("pageWindow", () => {
  it("shows the requested page, the last one past the end, and one empty page of nothing", () => {
    expect(pageWindow(101, 2, 50)).toEqual({ page: 2, pages: 3, skip: 50, take: 50 });
    expect(pageWindow(101, 99, 50)).toEqual({ page: 3, pages: 3, skip: 100, take: 50 });
    expect(pageWindow(0, 4, 50)).toEqual({ page: 1, pages: 1, skip: 0, take: 50 });
    expect(pageWindow(100, 0, 50)).toEqual({ page: 1, pages: 2, skip: 0, take: 50 });
  });
});
