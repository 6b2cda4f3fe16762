import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { redactedUrl } from "./url";

/*
 * Backups of a PostgreSQL site with PostgreSQL's own tools, with the promises of the SQLite ones
 * (backup.ts): a backup never overwrites a file, is checked before it is reported, and a restore
 * checks the archive first and either replaces the data whole or leaves the database as it was.
 */

/** Query parameters Prisma understands in a URL that libpq (pg_dump, pg_restore) rejects. */
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
];

/**
 * How to hand a URL to pg_dump and pg_restore: the URL without its password (command lines are
 * visible to every user of the machine in `ps`) and the password in PGPASSWORD.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const param of PRISMA_ONLY_PARAMS) parsed.searchParams.delete(param);
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function runTool(tool: string, args: string[], url: string) {
  const { env } = libpqConnection(url);
  const result = spawnSync(tool, args, { encoding: "utf8", env: { ...process.env, ...env } });
  if (result.error) {
    throw new Error(
      `${tool} could not be run (${result.error.message}). Install PostgreSQL's client tools (Debian: apt-get install postgresql-client) so that ${tool} is on PATH.`,
    );
  }
  return result;
}

/** The major version in `pg_dump --version` ("pg_dump (PostgreSQL) 15.20 (Debian …)"), or null. */
export function toolMajor(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * The tools must be of the server's major version: an older pg_dump refuses a newer server, and a
 * newer one writes settings an older server rejects on restore (pg_dump 17 emits
 * `SET transaction_timeout`, which PostgreSQL 15 does not know).
 */
export function versionMismatch(
  tool: string,
  versionOutput: string,
  serverVersionNum: number,
): string | null {
  const server = Math.floor(serverVersionNum / 10_000);
  const mine = toolMajor(versionOutput);
  if (mine === server) return null;
  return `${tool} is ${mine === null ? `of an unknown version (${versionOutput.trim()})` : `version ${mine}`} but the server runs PostgreSQL ${server}. Install the client tools of version ${server} (Debian/Ubuntu: apt-get install postgresql-client-${server}) and put their bin folder (/usr/lib/postgresql/${server}/bin) first on PATH.`;
}

async function withPg<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function assertToolMatchesServer(tool: string, url: string): Promise<void> {
  const { stdout } = runTool(tool, ["--version"], url);
  const serverVersionNum = await withPg(url, async (client) => {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Number(rows[0]?.server_version_num ?? 0);
  });
  const mismatch = versionMismatch(tool, stdout, serverVersionNum);
  if (mismatch) throw new Error(mismatch);
}

/** Table names and row counts of the database's own schema, to say what a restore brought back. */
export async function postgresRowCounts(url: string): Promise<Record<string, number>> {
  return withPg(url, async (client) => {
    const { rows: tables } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    const counts: Record<string, number> = {};
    for (const { table_name: name } of tables) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM "${name.replaceAll('"', '""')}"`,
      );
      counts[name] = Number(rows[0]?.n ?? 0);
    }
    return counts;
  });
}

/**
 * What the archive holds, as `pg_restore --list` reads its table of contents: the number of tables
 * whose data it carries. Throws for a file that is not a custom-format archive.
 */
export function verifyArchive(file: string, url: string): { tables: number } {
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const { status, stdout, stderr } = runTool("pg_restore", ["--list", file], url);
  if (status !== 0) {
    throw new Error(
      `${file} is not a readable pg_dump archive (pg_restore --list: ${stderr.trim() || `exit ${status}`}); the database was not touched.`,
    );
  }
  return { tables: stdout.split("\n").filter((line) => / TABLE DATA /.test(line)).length };
}

/**
 * `pg_dump --format=custom` into a temporary file beside the destination, checked with
 * `pg_restore --list`, then linked into place: a link, unlike a rename, fails when the name is
 * taken meanwhile, so a backup never replaces another.
 */
export async function backupPostgres(url: string, destination: string): Promise<{ tables: number }> {
  if (existsSync(destination)) throw new Error(`${destination} exists already; choose a new file.`);
  await assertToolMatchesServer("pg_dump", url);
  mkdirSync(path.dirname(destination), { recursive: true });
  const temporary = `${destination}.partial`;
  rmSync(temporary, { force: true });
  try {
    const { dbname } = libpqConnection(url);
    const dump = runTool("pg_dump", ["--format=custom", "--file", temporary, "--dbname", dbname], url);
    if (dump.status !== 0) {
      throw new Error(`pg_dump could not back up ${redactedUrl(url)}: ${dump.stderr.trim()}`);
    }
    const archive = verifyArchive(temporary, url);
    linkSync(temporary, destination);
    return archive;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Replaces the database's tables with the archive's in one transaction: the archive is checked
 * first, and a failure half-way (a truncated file, a refused statement) rolls everything back, so
 * the database is either the backup's or untouched. Stop the site first: the restore waits for the
 * locks of every open transaction on the tables it replaces.
 */
export async function restorePostgres(file: string, url: string): Promise<void> {
  verifyArchive(file, url);
  await assertToolMatchesServer("pg_restore", url);
  const { dbname } = libpqConnection(url);
  const restore = runTool(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--single-transaction",
      "--exit-on-error",
      // The backup may come from a server with other roles: objects belong to whoever restores.
      "--no-owner",
      "--no-privileges",
      "--dbname",
      dbname,
      file,
    ],
    url,
  );
  if (restore.status !== 0) {
    throw new Error(
      `pg_restore failed and the database at ${redactedUrl(url)} was left as it was: ${restore.stderr.trim()}`,
    );
  }
}

export function defaultPostgresBackupPath(url: string, dataDir: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  const database = new URL(url).pathname.replace(/^\//, "") || "sentaku";
  return path.join(dataDir, "backups", `${database}-${stamp}.dump`);
}
