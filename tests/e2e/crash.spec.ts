import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { callAction, entryFields, findCreateEntryAction, savedEntryId } from "@/bench/server-client";
import { applyMigrations } from "@/lib/db/migrate";
import { createSession, findOrCreateMember, withSeedClient } from "@/lib/db/seed";

// The production server itself is killed with SIGKILL in the middle of saves and started again on
// the same database: every save that had returned is still there, and SQLite finds the file intact.
// The suite's own server keeps running; this one is a second `next start` over the same build, on
// its own port and database.

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const dir = mkdtempSync(path.join(tmpdir(), "sentaku-crash-"));
const databaseFile = path.join(dir, "crash.db");

function freePort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000);
}

async function startServer(port: number): Promise<ChildProcess> {
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: `file:${databaseFile}`,
      SENTAKU_DATA_DIR: dir,
      NEXTAUTH_URL: baseURL,
      SITE_URL: baseURL,
    },
    // Its own process group, so the kill reaches the server and anything it started.
    detached: true,
    stdio: "ignore",
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The server did not start.");
}

function kill(server: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  if (server.pid) process.kill(-server.pid, signal);
  return exited;
}

test("a server killed in the middle of saves loses no save that had returned", async () => {
  test.setTimeout(6 * 60_000);
  await applyMigrations(`file:${databaseFile}`);
  const { userId, token } = await withSeedClient(`file:${databaseFile}`, async (db) => {
    const member = await findOrCreateMember(db, "crash@example.jp");
    return { userId: member.id, token: await createSession(db, member.id) };
  });
  const cookie = `next-auth.session-token=${token}`;
  const port = freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let server = await startServer(port);

  const confirmed: string[] = [];
  let attempts = 0;
  try {
    const actionId = await findCreateEntryAction(baseURL, cookie, "2026-11-20");
    const stop = new AbortController();
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; !stop.signal.aborted; i++) {
        attempts++;
        try {
          const reply = await callAction(
            baseURL,
            {
              page: "/members/journal/new",
              actionId,
              cookie,
              fields: entryFields(`crash ${w}-${i}`, "2026-11-20"),
            },
            stop.signal,
          );
          const id = savedEntryId(reply);
          if (id) confirmed.push(id);
        } catch {
          // The connection died with the server: that save never returned.
        }
      }
    });
    // Kill it while eight saves are in flight, well after it started.
    while (confirmed.length < 150) await new Promise((resolve) => setTimeout(resolve, 20));
    await kill(server, "SIGKILL");
    stop.abort();
    await Promise.all(writers);

    server = await startServer(port);
    expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
    const database = new Database(databaseFile, { readonly: true });
    try {
      expect(database.pragma("integrity_check", { simple: true })).toBe("ok");
      const present = new Set(
        (
          database.prepare("SELECT id FROM JournalEntry WHERE userId = ?").all(userId) as { id: string }[]
        ).map((row) => row.id),
      );
      const lost = confirmed.filter((id) => !present.has(id));
      console.log(
        `[crash] SIGKILL after ${confirmed.length} returned saves (${attempts} attempted); ` +
          `${present.size} entries on disk after restart; lost: ${lost.length}; integrity_check: ok`,
      );
      expect(lost).toEqual([]);
    } finally {
      database.close();
    }
  } finally {
    await kill(server, "SIGTERM");
  }
});
