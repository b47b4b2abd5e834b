import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { TEST_ADMIN_PASSWORD } from "@/lib/database/test-database";
import { reportName } from "@/lib/reports/report-name";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login, loginInNewContext } from "./support/login";
import { openDepartmentActions } from "./support/departments";
import { overflow, phone } from "./support/viewport";

const LINK = `https://nync.ly.gov.cn/attachments/2023/progress-reports/${"sheep-breeding-statistics-".repeat(8)}report.pdf?download=true`;
const viewerDemo = DEMO_USERS.find((u) => u.role === "VIEWER")!;

test("a long unbroken link in a narrative wraps on a phone instead of widening the page", async ({ browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "长链接进展", targetValue: 170, unit: "万只", leadDepartmentId: department.id }]);
  await db.progressUpdate.create({
    data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 80, percent: 47.06, narrative: `详见 ${LINK}` },
  });
  const page = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await login(page, reviewer.loginName, reviewer.password);
  for (const address of [`/commitments/${commitments[0].id}`, `/review?department=${department.id}`]) {
    await page.goto(address);
    await expect(page.getByText(LINK).first()).toBeVisible();
    expect(await overflow(page), address).toBeLessThanOrEqual(0);
  }
});

test("the work reports on a phone are a card each: the year whole beside the name, every field on screen", async ({ browser }) => {
  const { report } = await seedReportWithCommitments(db, [{}, {}], { year: 2023 });
  const page = await phone(browser);
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto("/reports");
  const row = page.getByTestId("report-row").filter({ has: page.getByRole("link", { name: reportName(report), exact: true }) });
  await expect(row).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  // The header row gives way to the cards' own labels.
  await expect(page.getByRole("columnheader", { name: "年度" })).toBeHidden();
  await expect(row.locator("td[data-label='目标任务']")).toHaveText(/^2$/);
  await expect(row.locator("td[data-label='导入时间']")).toBeVisible();
  const year = row.locator("td").first();
  await expect(year).toHaveText("2023");
  // "2023" on one line, not "202⏎3".
  expect(await year.evaluate((cell) => { const range = document.createRange(); range.selectNodeContents(cell); return range.getClientRects().length; })).toBe(1);
  for (const cell of await row.locator("td").all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
});

test("the commitment list at 768–1023 px is cut off nowhere, in Chinese and in English: a card each, the status pills whole", async ({ page }) => {
  const indicator = "规模以上工业增加值增长率保持在合理区间并持续提升产业链供应链韧性和安全水平的指标";
  const { report } = await seedReportWithCommitments(db, [{ indicator, latestPercent: 40 }, { indicator: "平板布局已完成指标", latestPercent: 100 }]);
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/commitments?report=${report.id}`);
  for (const language of ["中文", "English"]) {
    if (language === "English") {
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
    for (const width of [768, 900, 1023]) {
      await page.setViewportSize({ width, height: 900 });
      const table = page.getByTestId("commitment-table");
      await expect(table.locator("[data-light]")).toHaveText(language === "English" ? ["Overdue", "Completed"] : ["已逾期", "已完成"]);
      const cut = await table.evaluate((element) => {
        const box = element.parentElement!;
        const right = box.getBoundingClientRect().right;
        return {
          scrolls: box.scrollWidth - box.clientWidth,
          outside: [...element.querySelectorAll("[data-light], a, td")].filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.textContent),
        };
      });
      expect(cut, `${language} at ${width} px`).toEqual({ scrolls: 0, outside: [] });
      // The indicator takes the card's width, not a column of a few characters.
      const name = (await table.getByRole("link", { name: indicator }).boundingBox())!;
      expect(name.width, `${language} at ${width} px`).toBeGreaterThan(width / 2);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    }
  }
});

test("every box that scrolls sideways on a phone is a named Tab stop, so a keyboard can scroll it", async ({ browser }) => {
  const department = await createDepartment();
  const { report } = await seedReportWithCommitments(db, [{ indicator: "横向滚动检查", leadDepartmentId: department.id }]);
  const page = await phone(browser);
  await login(page, "admin", TEST_ADMIN_PASSWORD);
  const unreachable = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((e) => !["TEXTAREA", "SELECT", "INPUT"].includes(e.tagName))
        .filter((e) => ["auto", "scroll"].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth)
        .map((e) => ({ named: Boolean(e.getAttribute("aria-label")) && e.getAttribute("role") === "region", stop: e.getAttribute("tabindex") === "0", html: e.outerHTML.slice(0, 80) })),
    );
  const dashboard = `/dashboard?report=${report.id}`;
  for (const address of ["/admin/users", "/admin/departments", "/admin/audit", dashboard, "/reports", "/commitments"]) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const boxes = await unreachable();
    // (The users and departments lists are cards on a phone now: the dashboard's table still scrolls.)
    if (address === dashboard) expect(boxes.length, address).toBeGreaterThan(0);
    expect(boxes.filter((b) => !b.named || !b.stop), address).toEqual([]);
  }
});

test("the audit log on a phone is a card per event, each field named and on screen, and the account bar wraps", async ({ browser }) => {
  // A department named long enough that name · role · department cannot stand on one line at 390 px.
  const department = await createDepartment({ name: `手机布局检查用的名称很长的责任单位${Date.now()}` });
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id, displayName: "名字也相当长的经办人员" });
  const page = await phone(browser);
  await login(page, official.loginName, official.password);
  const identity = (await page.getByTestId("current-user").boundingBox())!;
  expect(identity.x, "the account bar's left edge").toBeGreaterThanOrEqual(0);
  expect(identity.x + identity.width).toBeLessThanOrEqual(390);
  await page.context().close();

  const admin = await phone(browser);
  await login(admin, "admin", TEST_ADMIN_PASSWORD);
  await admin.goto("/admin/audit");
  const row = admin.getByTestId("audit-log-row").first();
  await expect(row).toBeVisible();
  expect(await overflow(admin)).toBeLessThanOrEqual(0);
  await expect(admin.getByRole("columnheader", { name: "操作人" })).toBeHidden();
  for (const label of ["操作人", "操作", "对象", "变更内容"]) await expect(row.locator(`td[data-label='${label}']`)).toBeVisible();
  const box = (await row.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await admin.context().close();
});

test("the users list on a phone is a card per user: a 40-character login name wraps, every fact and action on the card", async ({ browser }) => {
  const admin = await createUser({ role: "ADMIN" });
  const department = await createDepartment();
  // 40 characters, the most a login name may have, unique per run.
  const loginName = `zhang.sanfeng.agriculture.bureau.${Date.now().toString(36).slice(-7)}`;
  expect(loginName).toHaveLength(40);
  await createUser({ role: "OFFICIAL", departmentId: department.id, loginName, displayName: "张三丰", mustChangePassword: true });
  const page = await phone(browser);
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/users?q=${loginName}`);
  const card = page.getByTestId(`user-${loginName}`);
  await expect(card).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // The header row gives way to the cards' own labels; every fact of the row is on the card.
  await expect(page.getByRole("columnheader", { name: "登录名" })).toBeHidden();
  await expect(card.locator("td").first()).toHaveText(loginName);
  await expect(card.locator("td[data-label='姓名']")).toHaveText("张三丰");
  await expect(card.locator("td[data-label='角色']")).toHaveText("责任单位经办人");
  await expect(card.locator("td[data-label='所属部门']")).toHaveText(department.name);
  await expect(card.locator("td[data-label='状态']")).toHaveText("正常待修改密码");
  await expect(card.locator("td[data-label='状态']").getByText("待修改密码")).toBeVisible();
  // The login name wraps within the card rather than widen it.
  const lines = await card.locator("td").first().evaluate((cell) => { const range = document.createRange(); range.selectNodeContents(cell); return range.getClientRects().length; });
  expect(lines).toBeGreaterThan(1);
  for (const cell of await card.locator("td").all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  // And every action of the row: 编辑 and 停用, whose question fits too.
  const edit = card.getByRole("link", { name: `编辑：张三丰（${loginName}）` });
  const disable = card.getByRole("button", { name: `停用：张三丰（${loginName}）` });
  for (const action of [edit, disable]) {
    const box = (await action.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await disable.click();
  const question = card.getByRole("group", { name: /^停用 张三丰/ });
  await expect(question).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await question.getByRole("button", { name: "取消" }).click();
  await expect(edit).toHaveAttribute("href", /^\/admin\/users\/\d+$/);
  // From md up the table stays a table.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(page.getByRole("columnheader", { name: "登录名" })).toBeVisible();
  await page.context().close();
});

test("on a phone the language switch, 修改密码 and the file pickers are at least 24 × 24 px to tap", async ({ browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "点按目标大小", leadDepartmentId: department.id }]);
  const page = await phone(browser);
  const atLeast24 = async (target: ReturnType<Page["getByRole"]>, what: string) => {
    const box = (await target.boundingBox())!;
    expect(box.width, what).toBeGreaterThanOrEqual(24);
    expect(box.height, what).toBeGreaterThanOrEqual(24);
  };
  await page.goto("/login");
  await atLeast24(page.getByRole("button", { name: "English" }), "login: English");
  await login(page, official.loginName, official.password);
  await atLeast24(page.getByRole("button", { name: "English" }), "English");
  await atLeast24(page.getByRole("link", { name: "修改密码" }), "修改密码");
  await page.goto("/bulk-updates");
  await atLeast24(page.getByLabel("上传填好的填报表"), "the sheet's picker");
  await page.goto(`/commitments/${commitments[0].id}`);
  await atLeast24(page.getByLabel("佐证材料"), "the evidence picker");
  await page.getByRole("button", { name: "English" }).click();
  await atLeast24(page.getByRole("button", { name: "中文" }), "中文");
});

test("the progress report on a phone is a card per commitment, every field named and on screen; on paper it is the table", async ({ browser }) => {
  const viewer = await createUser({ role: "VIEWER" });
  const { report } = await seedReportWithCommitments(db, [{ indicator: "手机上的进展报告指标", targetValue: 70, unit: "万户", latestPercent: 40 }]);
  const page = await phone(browser);
  await login(page, viewer.loginName, viewer.password);
  await page.goto(`/reports/progress?report=${report.id}&period=${report.year}-06`);
  const card = page.getByTestId("progress-report-card").filter({ hasText: "手机上的进展报告指标" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("目标：≥ 70万户");
  await expect(card).toContainText("完成时限：");
  await expect(card).toContainText("本期进展：");
  await expect(page.getByTestId("progress-report").getByRole("table")).toBeHidden();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  const box = (await card.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // Printed from the phone, the paper keeps the table.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("progress-report").getByRole("table")).toBeVisible();
  await expect(card).toBeHidden();
  await page.context().close();
});

test("the dashboard's overdue list on a phone gives each indicator a line of its own above its day and department", async ({ browser }) => {
  const department = await createDepartment({ name: `市文化广电和旅游局-${Date.now()}` });
  const indicator = `开工建设城市文化客厅、城市阳台-${Date.now()}`;
  const { report } = await seedReportWithCommitments(db, [{ indicator, kind: "MILESTONE", deadline: "2023-06-30", leadDepartmentId: department.id }]);
  const page = await phone(browser);
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/dashboard?report=${report.id}`);
  const list = page.getByTestId("overdue-list");
  const link = list.getByRole("link", { name: indicator });
  await expect(link).toBeVisible();
  // Squeezed beside its day, department and light it ran down a character or two per line.
  const [linkBox, listBox] = [await link.boundingBox(), await list.boundingBox()];
  expect(linkBox!.width).toBeGreaterThan(listBox!.width * 0.9);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

test("the departments list on a phone is a card per department: nothing scrolls sideways, every fact on the card, its 操作 opened within it", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const department = await createDepartment({ name: `手机上的部门卡片检查用名称较长的单位${stamp}` });
  const keywords = [`卡片关键词甲${stamp}`, `卡片关键词乙${stamp}`];
  await db.departmentKeyword.createMany({ data: keywords.map((keyword) => ({ keyword, departmentId: department.id })) });
  await createUser({ role: "OFFICIAL", departmentId: department.id });
  const admin = await createUser({ role: "ADMIN" });
  const page = await phone(browser);
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/departments?q=${encodeURIComponent(department.name)}`);
  const card = page.getByTestId(`department-${department.code}`);
  await expect(card).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  // Not a table to scroll sideways inside the page either: the header row gives way to the cards' labels.
  const region = page.getByRole("region", { name: "部门管理" });
  expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByRole("columnheader", { name: "代码", exact: true })).toBeHidden();
  await expect(card.locator("td").first()).toHaveText(department.name);
  await expect(card.locator("td[data-label='代码']")).toHaveText(department.code);
  await expect(card.locator("td[data-label='用户数']")).toHaveText("1");
  await expect(card.locator("td[data-label='导入识别关键词']")).toHaveText(keywords.join("、"));
  await expect(card.locator("td[data-label='状态']")).toHaveText("启用");
  for (const cell of await card.locator("td").all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  // Its 操作 open under it, on screen, and so does a form among them.
  await openDepartmentActions(card, department.name);
  const actions = card.getByRole("group", { name: `操作：${department.name}` });
  await expect(actions.getByRole("button", { name: "重命名" })).toBeVisible();
  await actions.getByRole("button", { name: "重命名" }).click();
  const field = card.getByRole("form", { name: `重命名：${department.name}` }).getByLabel("新名称");
  await expect(field).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  const box = (await field.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // From md up the table stays a table.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(page.getByRole("columnheader", { name: "代码", exact: true })).toBeVisible();
  await page.context().close();
});

test("the list filters wrap whole controls, never a word: 筛选 / Filter on one line at 1366, 1024 and 390 px, the section's choice whole", async ({ page }) => {
  await login(page, "admin", TEST_ADMIN_PASSWORD);
  // Lines of text a box's words take ("Fil/te/r" took three).
  const lines = (target: ReturnType<Page["locator"]>) =>
    target.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
  // How much wider the select would have to be to show its chosen words whole (its own width, unconstrained, minus the width it has).
  const cutBy = (select: ReturnType<Page["locator"]>) =>
    select.evaluate((element) => {
      const free = element.cloneNode(true) as HTMLSelectElement;
      free.style.cssText = "width:auto;max-width:none;position:absolute;visibility:hidden";
      document.body.append(free);
      const needed = free.getBoundingClientRect().width;
      free.remove();
      return Math.max(0, Math.ceil(needed - element.getBoundingClientRect().width));
    });
  for (const [language, words] of [
    ["中文", { apply: "筛选", reset: "清除筛选", commitments: "筛选", audit: "筛选操作日志" }],
    ["English", { apply: "Filter", reset: "Clear filters", commitments: "Filters", audit: "Filter the audit log" }],
  ] as const) {
    if (language === "English") {
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
    for (const width of [1366, 1024, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [address, name] of [["/commitments", words.commitments], ["/admin/audit", words.audit]]) {
        await page.goto(address);
        // On a phone the form is folded behind its summary.
        if (width < 768) await page.locator("summary", { hasText: words.commitments }).first().click();
        const form = page.getByRole("form", { name, exact: true });
        const at = `${language}, ${address} at ${width} px`;
        await expect(form.getByRole("button", { name: words.apply, exact: true })).toBeVisible();
        expect(await lines(form.getByRole("button", { name: words.apply, exact: true })), at).toBe(1);
        expect(await lines(form.getByRole("link", { name: words.reset, exact: true })), at).toBe(1);
        expect(await form.evaluate((element) => element.scrollWidth - element.clientWidth), at).toBeLessThanOrEqual(0);
        // With no report chosen the section's only choice says to choose one first: read whole, not "All (choose a re".
        if (address === "/commitments") expect(await cutBy(form.locator("select[name=section]")), at).toBe(0);
      }
    }
  }
});

test("in a row of form fields the inputs line up, whichever of them has a hint: import, new department, new user, progress", async ({ browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "对齐检查指标", targetValue: 480, unit: "个", leadDepartmentId: department.id }]);
  const tops = (page: Page, ids: string[]) => page.evaluate((ids) => ids.map((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top)), ids);
  const rows: [string, string, string[][]][] = [
    ["admin", TEST_ADMIN_PASSWORD, [["/reports/import", "issuer", "year"], ["/admin/departments", "name", "code"], ["/admin/users", "role", "departmentId"]]],
    [official.loginName, official.password, [[`/commitments/${commitments[0].id}`, "update-asOf", "update-actualValue"]]],
  ];
  for (const [loginName, password, pages] of rows) {
    const page = await loginInNewContext(browser, loginName, password);
    for (const language of ["中文", "English"]) {
      if (language === "English") {
        await page.getByRole("button", { name: "English" }).click();
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
      }
      for (const width of [1366, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [address, ...ids] of pages) {
          await page.goto(address);
          await expect(page.locator(`#${ids[0]}`)).toBeVisible();
          const [first, second] = await tops(page, ids);
          expect(second, `${ids.join(" / ")} on ${address}, ${language} at ${width} px`).toBe(first);
        }
      }
    }
    await page.context().close();
  }
});
