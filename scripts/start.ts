// `npm start`: applies pending migrations, builds once if there is no production build (or the
// build was made for another public address), then serves it. A second start reuses both the
// build and the database.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { settings } from "../lib/env";
import { serverProcess } from "../lib/runtime/server-process";
import { checkEnvironmentOrExit } from "../lib/env-check";
import { rebuildReason, recordBuildUrl } from "./build-origin";
import { exitOnStartError, prepareDatabase } from "./prepare-database";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// Parsing here also stops a malformed setting before a minute of building.
const { distDir, port, hostname, publicUrl } = settings();

function build(reason: string) {
  console.log(reason);
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  recordBuildUrl(distDir, publicUrl);
}

async function main() {
  // The settings a server needs (on PostgreSQL: the secrets every instance shares), before a
  // minute of building; the server checks them again as it starts.
  checkEnvironmentOrExit();
  await prepareDatabase();

  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    build("No production build yet: building (about a minute)…");
  } else {
    // Prerendered pages carry the address they were built for: another address needs a new build.
    const reason = rebuildReason(distDir, publicUrl);
    if (reason) build(reason);
  }

  const run = serverProcess(nextBin, ["-p", String(port), "-H", hostname], distDir, env);
  const server = spawn(process.execPath, run.args, { stdio: "inherit", env: run.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch(exitOnStartError);
