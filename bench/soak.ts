// `npm run soak`: the production server under a long, steady load (not part of `npm test`).
// 50 readers and 20 writing members for SOAK_SECONDS (600 by default), then three figures:
// errors (must be 0), saves lost (every save that returned must be in the database; must be 0)
// and the server's memory after warm-up (must stay flat). Builds into NEXT_DIST_DIR (default
// .next-soak) if there is no build there yet. Exits 1 when a figure fails.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { applyMigrations } from "../lib/db/migrate";
import { serverProcess } from "../lib/runtime/server-process";
import { createEntries, createSession, findOrCreateMember, withSeedClient } from "../lib/db/seed";
import { callAction, entryFields, findCreateEntryAction, savedEntryId } from "./server-client";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const distDir = process.env.NEXT_DIST_DIR ?? ".next-soak";
const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const READERS = 50;
const WRITERS = 20;
const DAY = "2026-11-20";
// Memory is judged after this share of the run, once caches and the JIT have settled.
const WARM_UP_SHARE = 0.25;
// "Flat": the resident size at the end is within this factor of the size after warm-up.
const FLAT_FACTOR = 1.25;

/** What went wrong with a request, with undici's underlying cause ("fetch failed" alone says little). */
function failure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause =
    error.cause instanceof Error
      ? ` (${"code" in error.cause ? String(error.cause.code) : error.cause.message})`
      : "";
  return `${error.message}${cause}`;
}

function log(message: string) {
  process.stderr.write(`[soak] ${message}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function waitUntilServing(baseURL: string) {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The server did not start.");
}

async function main() {
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    log(`building into ${distDir}…`);
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "sentaku-soak-"));
  const databaseUrl = `file:${path.join(dir, "soak.db")}`;
  await applyMigrations(databaseUrl);
  const members = await withSeedClient(databaseUrl, async (db) => {
    const seeded: { id: string; cookie: string }[] = [];
    for (let i = 0; i < READERS + WRITERS; i++) {
      const member = await findOrCreateMember(db, `soak-${i}@example.jp`);
      await createEntries(
        db,
        Array.from({ length: 20 }, (_, n) => ({
          userId: member.id,
          body: `読む人の記録 ${n}`,
          entryDate: DAY,
        })),
      );
      seeded.push({ id: member.id, cookie: `next-auth.session-token=${await createSession(db, member.id)}` });
    }
    return seeded;
  });

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // What `npm start` (scripts/start.ts) gives the server.
  const run = serverProcess(nextBin, ["-p", String(port), "-H", "127.0.0.1"], distDir, {
    ...env,
    DATABASE_URL: databaseUrl,
    SENTAKU_DATA_DIR: dir,
    NEXTAUTH_URL: baseURL,
    SITE_URL: baseURL,
  });
  const server: ChildProcess = spawn(process.execPath, run.args, {
    env: run.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const pid = server.pid ?? 0;
  try {
    await waitUntilServing(baseURL);
    const writerCookie = members[READERS]?.cookie ?? "";
    const actionId = await findCreateEntryAction(baseURL, writerCookie, DAY);
    log(`serving on ${baseURL}; ${READERS} readers and ${WRITERS} writers for ${seconds} s`);

    const deadline = Date.now() + seconds * 1000;
    const errors = new Map<string, number>();
    const fail = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
    const saved: string[] = [];
    let reads = 0;
    const memory: { at: number; mb: number }[] = [];
    const sampler = setInterval(() => memory.push({ at: Date.now(), mb: rssMb(pid) }), 2000);

    const pages = [
      "/",
      "/articles/kanrishoku-wo-kotowatta",
      "/members",
      "/members/journal",
      "/members/journal/entries",
      "/api/health",
    ];
    const readers = members.slice(0, READERS).map(async (member, r) => {
      for (let i = r; Date.now() < deadline; i++) {
        const page = pages[i % pages.length] ?? "/";
        try {
          const response = await fetch(`${baseURL}${page}`, {
            headers: { Cookie: member.cookie },
            redirect: "manual",
          });
          await response.arrayBuffer();
          if (response.status === 200) reads++;
          else fail(`GET ${page} ${response.status}`);
        } catch (error) {
          fail(`GET ${page} ${failure(error)}`);
        }
      }
    });
    const writers = members.slice(READERS).map(async (member, w) => {
      for (let i = 0; Date.now() < deadline; i++) {
        try {
          const reply = await callAction(baseURL, {
            page: "/members/journal/new",
            actionId,
            cookie: member.cookie,
            fields: entryFields(`soak ${w}-${i} 書いた記録`, DAY),
          });
          const id = savedEntryId(reply);
          if (id) saved.push(id);
          else fail(`save ${reply.status}`);
        } catch (error) {
          fail(`save ${failure(error)}`);
        }
      }
    });
    await Promise.all([...readers, ...writers]);
    clearInterval(sampler);

    const database = new Database(path.join(dir, "soak.db"), { readonly: true });
    const present = new Set(
      (database.prepare("SELECT id FROM JournalEntry").all() as { id: string }[]).map((row) => row.id),
    );
    database.close();
    const lost = saved.filter((id) => !present.has(id)).length;

    const warmUpEnd = deadline - seconds * 1000 * (1 - WARM_UP_SHARE);
    const afterWarmUp = memory.filter((sample) => sample.at >= warmUpEnd);
    const first = afterWarmUp[0]?.mb ?? 0;
    const last = afterWarmUp.at(-1)?.mb ?? 0;
    const peak = Math.max(...afterWarmUp.map((sample) => sample.mb));
    const flat = last <= first * FLAT_FACTOR;
    const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);

    console.log(`soak: ${seconds} s, ${READERS} readers, ${WRITERS} writers`);
    console.log(`  reads:  ${reads} (${(reads / seconds).toFixed(1)}/s)`);
    console.log(
      `  saves:  ${saved.length} returned (${(saved.length / seconds).toFixed(1)}/s), lost: ${lost}`,
    );
    console.log(
      `  errors: ${errorCount}${errorCount ? ` ${JSON.stringify(Object.fromEntries(errors))}` : ""}`,
    );
    console.log(
      `  memory (server RSS after ${Math.round(WARM_UP_SHARE * 100)}% warm-up): ${first.toFixed(0)} MB → ` +
        `${last.toFixed(0)} MB, peak ${peak.toFixed(0)} MB: ${flat ? "flat" : "GROWING"}`,
    );
    if (errorCount > 0 || lost > 0 || !flat) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
