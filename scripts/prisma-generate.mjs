// Runs `prisma generate` offline, once per database: prisma/schema.prisma (SQLite, the source of
// the models) and prisma/postgresql/schema.prisma (the same models for PostgreSQL, written from it
// by `npm run db:migration`). The CLI insists that a native schema-engine binary exists and would
// download one from a host this network cannot reach; generate never executes it, so any existing
// file satisfies the check (see ../shared/environment.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const cli = require.resolve("prisma/build/index.js");
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  const result = spawnSync(process.execPath, [cli, "generate", "--schema", schema], {
    stdio: "inherit",
    env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
