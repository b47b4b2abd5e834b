import type { Locator } from "@playwright/test";

/**
 * Opens a department's 操作 (停用/启用, 重命名, 合并到…, 关键词), which its row folds away, and
 * gives back the row: its line and its 操作 are one `department-<code>` element.
 */
export async function openDepartmentActions(row: Locator, name: string): Promise<Locator> {
  await row.getByRole("button", { name: `操作：${name}` }).click();
  return row;
}
