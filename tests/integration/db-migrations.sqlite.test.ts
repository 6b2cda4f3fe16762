import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  applyMigrations,
  createMigration,
  migrationDrift,
  migrationNames,
  pendingMigrationSql,
  projectPaths,
} from "@/lib/db/migrate";

const run = promisify(execFile);
const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const scratch: string[] = [];

/** A copy of prisma/ to change freely. */
function copyOfPrisma(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sentaku-drift-"));
  scratch.push(dir);
  cpSync(path.join(root, "prisma"), path.join(dir, "prisma"), { recursive: true });
  return dir;
}

function addColumn(dir: string) {
  const file = path.join(dir, "prisma", "schema.prisma");
  const schema = readFileSync(file, "utf8").replace(
    "model OutboxMessage {\n",
    "model OutboxMessage {\n  priority Int @default(0)\n",
  );
  writeFileSync(file, schema);
}

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// The PostgreSQL half of each check opens PGlite in-process, which takes a few seconds.
describe("migrations", { timeout: 180_000 }, () => {
  it("agree with schema.prisma in the repository", async () => {
    expect(await pendingMigrationSql(projectPaths(root))).toBe("");
    expect(await migrationDrift(projectPaths(root))).toEqual([]);
  });

  it("make the drift check fail, naming the command to run, when schema.prisma changes alone", async () => {
    const dir = copyOfPrisma();
    addColumn(dir);
    const failure = await run(tsx, ["scripts/db.ts", "check"], {
      cwd: root,
      env: { ...process.env, SENTAKU_PROJECT_ROOT: dir },
    }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("npm run db:migration -- <name>");
    expect(failure?.stderr).toContain('"priority" INTEGER NOT NULL DEFAULT 0');
    // The PostgreSQL migrations lag behind too, and the check says so.
    expect(failure?.stderr).toContain('ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0');
  });

  it("write the missing migration, which then applies and clears the drift", async () => {
    const dir = copyOfPrisma();
    addColumn(dir);
    const paths = projectPaths(dir);
    const written = await createMigration("add_priority", paths, new Date("2099-01-01T00:00:00Z"));
    expect(written.map((folder) => path.relative(dir, folder))).toEqual([
      "prisma/migrations/20990101000000_add_priority",
      "prisma/postgresql/migrations/20990101000000_add_priority",
    ]);
    expect(readFileSync(path.join(dir, "prisma/postgresql/schema.prisma"), "utf8")).toContain("priority Int");
    expect(await migrationDrift(paths)).toEqual([]);

    const url = `file:${path.join(dir, "applied.db")}`;
    expect(await applyMigrations(url, paths)).toEqual(migrationNames(paths));
    // Applying again is a no-op: safe on every start.
    expect(await applyMigrations(url, paths)).toEqual([]);
  });
});
