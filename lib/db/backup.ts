import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Table names and row counts, to compare a backup with what it came from. */
export function rowCounts(file: string): Record<string, number> {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = database
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (database.prepare(`SELECT COUNT(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number })
          .n,
      ]),
    );
  } finally {
    database.close();
  }
}

export function integrityCheck(file: string): string {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(database.pragma("integrity_check", { simple: true }));
  } finally {
    database.close();
  }
}

/**
 * A consistent copy of a live database while the server keeps reading and writing: `VACUUM INTO`
 * reads one snapshot inside a single read transaction (WAL lets writers go on meanwhile) and
 * writes a compact, self-contained file. The online backup API, copying in steps, restarts
 * whenever another process writes between two steps, and under steady writes never finishes.
 */
export function backupDatabase(liveFile: string, destination: string): void {
  if (existsSync(destination)) throw new Error(`${destination} exists already; choose a new file.`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const live = new Database(liveFile, { fileMustExist: true, timeout: 5000 });
  try {
    live.prepare("VACUUM INTO ?").run(destination);
  } finally {
    live.close();
  }
  const check = integrityCheck(destination);
  if (check !== "ok") throw new Error(`The backup failed its integrity check: ${check}`);
}

/**
 * Puts a backup in place of the database file. Stop the server first: a running server keeps the
 * old file open. The copy goes to a temporary file beside the database and is renamed over it, so
 * an interrupted restore leaves the old database whole; the old WAL files go with it.
 */
export function restoreDatabase(backupFile: string, liveFile: string): void {
  const check = integrityCheck(backupFile);
  if (check !== "ok") throw new Error(`${backupFile} failed its integrity check: ${check}`);
  mkdirSync(path.dirname(liveFile), { recursive: true });
  const temporary = `${liveFile}.restoring`;
  copyFileSync(backupFile, temporary);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${liveFile}${suffix}`, { force: true });
  renameSync(temporary, liveFile);
}

export function defaultBackupPath(liveFile: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return path.join(path.dirname(liveFile), "backups", `${path.basename(liveFile, ".db")}-${stamp}.db`);
}
