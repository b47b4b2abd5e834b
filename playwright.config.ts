import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_PATH } from "./e2e/chromium-path";
import { E2E_SERVER_WORKERS } from "./e2e/server-workers";

const port = Number(process.env.PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Runs against the production build (`next build` first; `npm test` does both) and Debian's
// Chromium: Playwright's own browser download cannot work on closed networks.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Two test workers, their Chromiums, the server's workers and PostgreSQL share two cores: a
  // journey of twenty page loads and three sign-ins takes 20–30 s there (one ran out at 30 s).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "zh-CN",
    // Recording a trace costs about a sixth of the suite's CPU (two runs: 2m27 against 2m01 of
    // CPU): off unless asked for (E2E_TRACE=1 keeps the trace of each failed journey).
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Renders every kind of page once in each server worker before the journeys (e2e/warm-up.setup.ts).
    { name: "warm-up", testMatch: /warm-up\.setup\.ts$/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["warm-up"] },
  ],
  webServer: {
    // The production server (scripts/serve.mjs): two workers behind the whole-response cache, so
    // every journey also checks that no page is reused after a write, whichever worker wrote.
    command: `node scripts/serve.mjs --port=${port} --hostname=127.0.0.1`,
    env: { WEB_CONCURRENCY: String(E2E_SERVER_WORKERS) },
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
