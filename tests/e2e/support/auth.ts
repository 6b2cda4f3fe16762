// Helpers for the sign-in end-to-end tests: driving the form, reading the database, and starting
// extra production servers with their own environment (no SMTP server, an https public URL...).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Page, expect } from "@playwright/test";
import { openDatabase } from "./members";

/** Requests a link through the sign-in page, as a person does, and waits for the check-email page. */
export async function requestLinkFromPage(page: Page, email: string, callbackUrl?: string): Promise<void> {
  await page.goto(
    callbackUrl === undefined ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`,
  );
  await page.getByLabel("メールアドレス", { exact: true }).fill(email);
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email$/);
  await expect(page.getByTestId("pending-email")).toHaveText(email);
}

/** Opens an emailed link and presses the confirmation button. */
export async function confirmLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ログインを完了します");
  await page.getByRole("button", { name: "ログインする" }).click();
}

/**
 * Every test here is one client (127.0.0.1), and all of them together would pass the 10-per-client
 * limit that has its own integration test; each test starts with that count at zero.
 */
export function forgetClientLimits(): void {
  const database = openDatabase();
  try {
    database.prepare(`DELETE FROM SignInAttempt WHERE key LIKE 'ip:%'`).run();
  } finally {
    database.close();
  }
}

export function sessionCount(email: string): number {
  const database = openDatabase();
  try {
    const row = database
      .prepare(`SELECT COUNT(*) AS n FROM Session JOIN User ON User.id = Session.userId WHERE User.email = ?`)
      .get(email) as { n: number };
    return row.n;
  } finally {
    database.close();
  }
}

export function runSql(sql: string, ...params: unknown[]): void {
  const database = openDatabase();
  try {
    database.prepare(sql).run(...params);
  } finally {
    database.close();
  }
}

function freePort(): number {
  return Number(
    execFileSync(process.execPath, [
      "-e",
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ]).toString(),
  );
}

export interface SpawnedServer {
  port: number;
  baseURL: string;
  /** Everything the server printed so far, stdout and stderr. */
  output(): string;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * `npm start` in this checkout with exactly the environment given (plus PATH and HOME): a fresh
 * database and data folder in a temporary directory, the build of this test run.
 */
export function startServer(env: Record<string, string>, { command = ["npm", "start"] } = {}): SpawnedServer {
  const port = freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "sentaku-auth-e2e-"));
  let text = "";
  const child: ChildProcess = spawn(command[0] ?? "npm", command.slice(1), {
    cwd: process.cwd(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME_BIND: "127.0.0.1",
      DATABASE_URL: `file:${path.join(dir, "sentaku.db")}`,
      SENTAKU_DATA_DIR: dir,
      ...env,
    },
  });
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  return {
    port,
    baseURL: `http://localhost:${port}`,
    output: () => text,
    exited,
    async waitForOutput(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(text);
        if (match) return match;
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`No ${pattern} in the server's output:\n${text}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      if (child.exitCode === null && child.pid) {
        // The whole group this test started: npm, tsx, and the next server under them.
        process.kill(-child.pid, "SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      }
    },
  };
}

/** Waits until a spawned server answers its home page. */
export async function waitUntilServing(server: SpawnedServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${server.baseURL}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The server did not start:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
