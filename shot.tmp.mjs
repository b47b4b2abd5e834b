import { chromium } from "@playwright/test";
const [,, url, out, user, pass] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--headless","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const base = new URL(url).origin;
if (user) {
  await page.goto(base + "/login");
  await page.getByLabel("登录名").fill(user);
  await page.getByLabel("密码").fill(pass);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByTestId("current-user").waitFor({ timeout: 60000 });
}
await page.goto(url, { timeout: 90000 });
await page.screenshot({ path: out, fullPage: false });
await browser.close();
