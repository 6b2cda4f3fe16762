// The end-to-end tests through nginx: two production instances on one PostgreSQL database behind
// deploy/nginx (tests/e2e-nginx/global-setup.ts starts them). `npm test` runs this when nginx and
// PostgreSQL are there; by hand: `npx playwright test -c playwright.nginx.config.ts`.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { clusterEnvironment } from "./tests/e2e-nginx/support/cluster";

const env = clusterEnvironment();
const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "tests/e2e-nginx",
  outputDir: "test-results/nginx",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./tests/e2e-nginx/global-setup.ts",
  use: {
    baseURL: env.nginxURL,
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
  projects: [
    {
      name: "two instances",
      testIgnore: /failover\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    // Kills an instance for good, so it runs after everything that needs both.
    { name: "failover", testMatch: /failover\.spec\.ts/, dependencies: ["two instances"] },
  ],
  webServer: [
    {
      command: "npx tsx tests/e2e/support/mail-sink.ts",
      url: `${env.mailApi}/health`,
      env: { SMTP_PORT: env.smtpPort, MAIL_API_PORT: env.mailApiPort },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
