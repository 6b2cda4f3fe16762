import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eEnvironment, suiteServerEnv } from "./tests/e2e/support/env";

const env = e2eEnvironment();
const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: env.baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: "npx tsx tests/e2e/support/mail-sink.ts",
      url: `${env.mailApi}/health`,
      env: { SMTP_PORT: env.smtpPort, MAIL_API_PORT: env.mailApiPort },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The production server, on its own port and its own temporary database.
      command: "npx tsx scripts/start.ts",
      url: `${env.baseURL}/`,
      env: { PORT: env.port, HOSTNAME_BIND: "127.0.0.1", ...suiteServerEnv(env) },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
