import { type ChildProcessByStdio, spawn } from "node:child_process";
import path from "node:path";
import type { Readable } from "node:stream";

/**
 * Starts tests/support/crash-writer.ts in one Node process with tsx loaded in-process, so that a
 * signal reaches the writer itself: the `tsx` command would run it in a grandchild that a SIGKILL
 * to the command leaves running.
 */
export function spawnCrashWriter(databaseFile: string): ChildProcessByStdio<null, Readable, Readable> {
  const root = process.cwd();
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/support/crash-writer.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
