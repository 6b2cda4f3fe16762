import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tableChecksum } from "./checksum";
import { createPrismaClient, type Db } from "./client";
import {
  assertDistinct,
  assertEmptyTarget,
  assertReachable,
  assertSourceCurrent,
  assertSourceExists,
  occupancy,
} from "./copy-target";
import {
  copyOrder,
  DERIVED_MODELS,
  delegateOf,
  readInBatches,
  type Row,
  SITE_OWNED_MODELS,
} from "./copy-tables";
import { searchIndexOf } from "./search-index";
import { recount } from "@/lib/journal/counters";
import { applyMigrations, type MigrationPaths, projectPaths } from "./migrate";
import { databaseProvider, redactedUrl, sqlitePath } from "./url";

/*
 * `npm run db:copy -- <from> <to>`: every row of every model from one database to another, SQLite
 * or PostgreSQL either way, through the app's own Prisma clients (the models are the same on both,
 * so no SQL differs). The target is migrated, must hold no data, and is compared with the source
 * table by table when the copy is done. Stop the site before copying: rows written to the source
 * during the copy may be missed, and the checksums would then say so.
 */

/** Rows read per query, and the most written per createMany. */
const BATCH_ROWS = 1000;
/** Bound values per statement: SQLite allows 32,766 and PostgreSQL 65,535. */
const MAX_BOUND_VALUES = 30_000;
/** Batches per transaction on the target: one commit per few thousand rows, not per row. */
const BATCHES_PER_TRANSACTION = 5;
/** A long table reports its progress this often (rows, or milliseconds, whichever comes first). */
const PROGRESS_ROWS = 5000;
const PROGRESS_MS = 2000;

export interface TableReport {
  model: Prisma.ModelName;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  match: boolean;
}

export interface CopyReport {
  from: string;
  to: string;
  migrationsApplied: string[];
  catalogueRowsReplaced: number;
  tables: TableReport[];
  ok: boolean;
}

export interface CopyOptions {
  paths?: MigrationPaths;
  log?: (line: string) => void;
  clock?: () => number;
}

const count = (n: number) => n.toLocaleString("en-US");

async function withClient<T>(url: string, work: (client: Db) => Promise<T>): Promise<T> {
  const client = createPrismaClient(url);
  try {
    return await work(client);
  } finally {
    await client.$disconnect();
  }
}

/** `rows` cut so that no createMany binds more values than the databases allow. */
function writeBatches(rows: Row[]): Row[][] {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const size = Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_BOUND_VALUES / columns)));
  const out: Row[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function copyTable(
  source: Db,
  target: Db,
  model: Prisma.ModelName,
  log: (line: string) => void,
  clock: () => number,
): Promise<number> {
  const total = await delegateOf(source, model).count();
  let copied = 0;
  let reportedRows = 0;
  let reportedAt = clock();
  let pending: Row[][] = [];
  const flush = async () => {
    const group = pending;
    pending = [];
    await target.$transaction(
      async (tx) => {
        for (const batch of group) await delegateOf(tx, model).createMany({ data: batch });
      },
      { timeout: 120_000 },
    );
    copied += group.reduce((sum, batch) => sum + batch.length, 0);
    if (copied < total && (copied - reportedRows >= PROGRESS_ROWS || clock() - reportedAt >= PROGRESS_MS)) {
      log(`  ${model} ${count(copied)} / ${count(total)}`);
      reportedRows = copied;
      reportedAt = clock();
    }
  };
  for await (const page of readInBatches(source, model, BATCH_ROWS)) {
    pending.push(...writeBatches(page));
    if (pending.length >= BATCHES_PER_TRANSACTION) await flush();
  }
  if (pending.length) await flush();
  log(`${model}: ${count(copied)} rows copied`);
  return copied;
}

/** Writes the derived models on the target from its entries, in batches, as the seed does. */
async function rebuildDerived(target: Db): Promise<void> {
  const index = searchIndexOf(target);
  for await (const page of readInBatches(target, "JournalEntry", BATCH_ROWS)) {
    const docs = page.map((row) => ({
      entryId: String(row.id),
      title: typeof row.title === "string" ? row.title : null,
      body: String(row.body),
    }));
    await target.$transaction((tx) => index.addMany(tx, docs), { timeout: 120_000 });
  }
  for await (const page of readInBatches(target, "User", BATCH_ROWS)) {
    await target.$transaction(
      (tx) =>
        recount(
          tx,
          page.map((row) => String(row.id)),
        ),
      { timeout: 120_000 },
    );
  }
}

/**
 * Copies every row from `fromUrl` into `toUrl`. Refuses (CopyRefused, nothing written) when the
 * target holds data or the source is not at this code's migrations. Returns the comparison of the
 * two databases; `ok` is false when any table's count or checksum differs.
 */
export async function copyDatabase(
  fromUrl: string,
  toUrl: string,
  { paths = projectPaths(), log = () => {}, clock = Date.now }: CopyOptions = {},
): Promise<CopyReport> {
  assertDistinct(fromUrl, toUrl);
  assertSourceExists(fromUrl);
  // A new SQLite target may be in a folder that does not exist yet; the file itself is created.
  if (databaseProvider(toUrl) === "sqlite") mkdirSync(path.dirname(sqlitePath(toUrl)), { recursive: true });
  const models = copyOrder();
  const from = redactedUrl(fromUrl);
  const to = redactedUrl(toUrl);

  return withClient(fromUrl, async (source) => {
    await assertReachable(source, fromUrl, "source");
    await assertSourceCurrent(source, fromUrl, paths);
    // Checked before migrating, so a refused target is not even migrated.
    await withClient(toUrl, async (target) => {
      await assertReachable(target, toUrl, "target");
      assertEmptyTarget(toUrl, await occupancy(target));
    });
    const migrationsApplied = await applyMigrations(toUrl, paths);
    if (migrationsApplied.length) log(`Migrated ${to}: ${migrationsApplied.join(", ")}`);

    return withClient(toUrl, async (target) => {
      assertEmptyTarget(toUrl, await occupancy(target));
      // A target that was started once holds the downloads catalogue under ids of its own; the
      // source's rows replace it, so that its DownloadEvent rows find their Download by id. Nothing
      // refers to the old rows (no members, so no events), and the next start syncs the catalogue
      // from the manifest by slug, as on any start.
      let catalogueRowsReplaced = 0;
      for (const model of SITE_OWNED_MODELS) {
        catalogueRowsReplaced += (await delegateOf(target, model).deleteMany()).count;
      }
      if (catalogueRowsReplaced) {
        log(
          `Removed the target's own downloads catalogue (${catalogueRowsReplaced} rows): the source's replaces it.`,
        );
      }

      log(`Copying ${from} → ${to}`);
      for (const model of models.filter((name) => !DERIVED_MODELS.includes(name))) {
        try {
          await copyTable(source, target, model, log, clock);
        } catch (error) {
          // Each transaction commits a few batches, so what came before stays: say what to do.
          throw new Error(
            `the copy stopped at ${model} (${error instanceof Error ? error.message : String(error)}). The target ${to} now holds part of the data: empty it (drop and create the database, or delete the file) and copy again.`,
            { cause: error },
          );
        }
      }

      log("Rebuilding the search index and the members' figures from the copied entries…");
      await rebuildDerived(target);

      log("Comparing row counts and checksums…");
      const tables: TableReport[] = [];
      for (const model of models) {
        const a = await tableChecksum(source, model);
        const b = await tableChecksum(target, model);
        tables.push({
          model,
          sourceRows: a.rows,
          targetRows: b.rows,
          sourceChecksum: a.checksum,
          targetChecksum: b.checksum,
          match: a.rows === b.rows && a.checksum === b.checksum,
        });
      }
      return {
        from,
        to,
        migrationsApplied,
        catalogueRowsReplaced,
        tables,
        ok: tables.every((table) => table.match),
      };
    });
  });
}

/** The comparison as a table, one line per model, and a last line that says what happened. */
export function formatCopyReport(report: CopyReport): string {
  const header = ["table", "rows", "checksum", "match"];
  const body = report.tables.map((table) => [
    table.model,
    table.sourceRows === table.targetRows
      ? count(table.sourceRows)
      : `${count(table.sourceRows)} → ${count(table.targetRows)}`,
    table.match
      ? table.sourceChecksum.slice(0, 16)
      : `${table.sourceChecksum.slice(0, 16)} ≠ ${table.targetChecksum.slice(0, 16)}`,
    table.match ? "yes" : "NO",
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => (cells[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const total = report.tables.reduce((sum, table) => sum + table.targetRows, 0);
  const verdict = report.ok
    ? `Copied ${count(total)} rows in ${report.tables.length} tables from ${report.from} to ${report.to}; every table's row count and checksum match.`
    : `The copy from ${report.from} to ${report.to} does not match the source (tables marked NO). Was the site still writing to the source? Stop it, empty the target and copy again.`;
  return [line(header), ...body.map(line), "", verdict].join("\n");
}
