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
