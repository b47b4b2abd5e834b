import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";
import { ROW_PROBLEM_COLUMNS } from "./row-problem";

// Said of the file, not of a row: these name no row's column.
const FILE_MESSAGES = ["bulk.error.row", "bulk.error.file", "bulk.error.emptyFile", "bulk.error.sheet", "bulk.error.empty", "bulk.error.rows"];

describe("the column a row's problem names", () => {
  it("is known for every problem a row can have, and only a message that names a column has one", () => {
    const rowMessages = Object.keys(zh).filter((key) => key.startsWith("bulk.error.") && !FILE_MESSAGES.includes(key));
    expect(Object.keys(ROW_PROBLEM_COLUMNS).sort()).toEqual(rowMessages.sort());
    for (const [key, column] of Object.entries(ROW_PROBLEM_COLUMNS) as [keyof typeof ROW_PROBLEM_COLUMNS, string | null][]) {
      for (const text of [zh[key], en[key]]) expect(text.includes("{column}"), `${key}: ${text}`).toBe(column !== null);
    }
  });
});
