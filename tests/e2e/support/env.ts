import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function freePort(): string {
  // Synchronous on purpose: the Playwright config is evaluated synchronously, and its workers
  // inherit the chosen ports through the environment.
  return execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString();
}

/** Ports and the temporary data folder of one end-to-end run, fixed in the main process. */
export function e2eEnvironment() {
  process.env.E2E_PORT ??= freePort();
  process.env.E2E_SMTP_PORT ??= freePort();
  process.env.E2E_MAIL_API_PORT ??= freePort();
  process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "sentaku-e2e-"));
  const dataDir = process.env.E2E_DATA_DIR;
  return {
    port: process.env.E2E_PORT,
    baseURL: `http://localhost:${process.env.E2E_PORT}`,
    smtpPort: process.env.E2E_SMTP_PORT,
    mailApi: `http://127.0.0.1:${process.env.E2E_MAIL_API_PORT}`,
    mailApiPort: process.env.E2E_MAIL_API_PORT,
    dataDir,
    databaseFile: path.join(dataDir, "e2e.db"),
  };
}

/**
 * The environment of the suite's production server (playwright.config.ts) without its port: a
 * spec that starts another server on the suite's database and data folder (the same generated
 * secret, so links verify on either) serves the suite's build as it is, since the canonical
 * address stays the suite's.
 */
export function suiteServerEnv(env: ReturnType<typeof e2eEnvironment>): Record<string, string> {
  return {
    DATABASE_URL: `file:${env.databaseFile}`,
    SENTAKU_DATA_DIR: env.dataDir,
    NEXTAUTH_URL: env.baseURL,
    SITE_URL: env.baseURL,
    EMAIL_SERVER: `smtp://127.0.0.1:${env.smtpPort}`,
    EMAIL_FROM: "Sentaku <no-reply@sentaku.test>",
    // The members-only article exists for the tests only.
    ARTICLES_DIR: ["content/articles", "tests/e2e/fixtures/articles"].join(path.delimiter),
  };
}
