/**
 * glibc allocator settings for the `next start` process, applied by `npm start` (and by the
 * benchmark and soak, so they measure what `npm start` runs).
 *
 * Why: besides V8's own heap (sized in server-process.ts), the server's malloc heap holds request
 * and response buffers, gzip state, SQLite pages and V8's compiler zones (77 MB at their peak
 * under the benchmark's loads). glibc gives each thread that allocates its own
 * arena (up to 8 per core) and keeps freed memory in each, and its mmap threshold rises to 32 MB
 * as large buffers are freed, after which they too are kept. Two arenas and a fixed 128 KiB
 * threshold (large buffers go back to the system when freed) keep resident memory near what is
 * in use, with no measurable cost in latency (bench/run.ts prints both).
 *
 * Other C libraries ignore GLIBC_TUNABLES. A value already in the environment wins.
 */
const TUNABLES =
  "glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072";

export function withAllocatorSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.GLIBC_TUNABLES ? env : { ...env, GLIBC_TUNABLES: TUNABLES };
}
