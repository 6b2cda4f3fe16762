import { readFileSync } from "node:fs";
import path from "node:path";
import { withAllocatorSettings } from "./allocator";

/**
 * How `npm start` runs `next start` (and the benchmark and soak, so they measure what `npm start`
 * runs): the node flags and environment below, measured after the benchmark's loads (issue 17's
 * memory row; numbers in the README).
 *
 * --heap-growing-percent: V8 lets the old generation grow to a multiple of what the last full
 * collection kept before it collects again, and on a machine with more than about 16 GB that
 * multiple is up to 4. A heap snapshot after the loads held 105 MB of live objects in a 416 MB
 * heap: the rest was rendered pages and query results that outlived a few young-generation
 * collections under load and waited for a full one. Growing by 30 % at most took the server from
 * 582 to 336 MB resident after the same loads (--max-old-space-size=1024 did as well, 338 MB,
 * through the smaller growth V8 allows a smaller heap), at about the same total GC time. Unlike
 * a smaller --max-old-space-size it sets no ceiling, so a large year book (about 1 GB while it is
 * built) still fits.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--heap-growing-percent=30"];

/**
 * The build's own resolved configuration, handed to `next start` through the variable Next's
 * standalone server.js sets for the same purpose. Without it `next start` loads next.config.ts,
 * and to do that it loads the SWC compiler's native library and a TypeScript require hook into
 * the server for its whole life: 50 MB resident at start (178 MB against 128 MB), 27 MB of it the
 * library's pages. The build wrote this configuration after resolving next.config.ts with the
 * same settings, and the headers and rewrites it produced are in the build's routes manifest.
 * Without a build (or from a Next that no longer writes the file) the server loads next.config.ts
 * as before.
 */
export function builtConfigEnv(distDir: string): Record<string, string> {
  try {
    const file = path.join(distDir, "required-server-files.json");
    const { config } = JSON.parse(readFileSync(file, "utf8")) as { config?: unknown };
    return config ? { __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(config) } : {};
  } catch {
    return {};
  }
}

/** The node arguments and environment of the `next start` process serving `distDir`. */
export function serverProcess(
  nextBin: string,
  startArgs: readonly string[],
  distDir: string,
  env: NodeJS.ProcessEnv,
): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [...SERVER_NODE_FLAGS, nextBin, "start", ...startArgs],
    env: withAllocatorSettings({ ...builtConfigEnv(distDir), ...env }),
  };
}
