import { Worker } from "node:worker_threads";
import type { BookInput } from "./render";
import type { FromWorker, ToWorker, WorkerBookInput } from "./worker-messages";

// The year book typeset in a thread of its own, with its own capped heap, ended after the book.
// Streaming keeps what a book holds small (render.ts), but V8 sizes a heap for the garbage a book
// makes: typeset on the server's own thread, a 10,000-entry book took `next start` from about
// 300 MB to 500 MB and V8 kept the pages afterwards. A worker's heap is returned whole when it
// exits, and its cap bounds what one book can take. The database stays on the server's thread:
// the worker asks for each month's entries.

/**
 * The worker's heap cap. A 10,000-entry book was typeset in a process capped at 64 MB (not at
 * 48), its live heap growing by 11 MiB at most (bench/book.ts): the book is streamed a month at a
 * time, so what it holds does not grow with her journal, but a month arrives whole, so the cap
 * keeps room for a month far fuller than that journal's. V8 fills a heap towards its cap before
 * it collects hard, so the cap is also part of what a book adds to the server's resident memory:
 * measured on the benchmark's 10,000-entry book (same build, one book at a time), the server grew
 * by 241 MB at 128 MB old / 16 MB young, 183 MB at 96 / 8 and 181 MB at 64 / 8.
 */
const HEAP_CAP_MB = 96;
/** Its young generation: a book's garbage is short-lived, and small scavenges are cheap. */
const YOUNG_CAP_MB = 8;

export async function* renderBookInWorker(input: BookInput): AsyncGenerator<Uint8Array, void, undefined> {
  const { entriesOf, ...rest } = input;
  const data: WorkerBookInput = rest;
  const options = {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_CAP_MB, maxYoungGenerationSizeMb: YOUNG_CAP_MB },
  };
  // Bundled by Next, `new Worker(new URL(…, import.meta.url))` is the form Turbopack recognises
  // and builds into a worker chunk. Run from source (tests, scripts), the worker is TypeScript,
  // which a worker can only load once tsx, the project's TypeScript runner, is registered in it.
  const fromSource = import.meta.url.endsWith(".ts");
  const source = import.meta.url.replace(/in-worker\.ts$/, "worker.ts");
  const worker = fromSource
    ? new Worker(
        `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`,
        { ...options, eval: true },
      )
    : new Worker(new URL("./worker.ts", import.meta.url), options);
  const inbox: FromWorker[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  worker.on("message", (message: FromWorker) => {
    inbox.push(message);
    wake?.();
  });
  const fail = (error: Error) => {
    failure = error;
    wake?.();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The year book's worker exited (${code}).`)));
  const receive = async (): Promise<FromWorker> => {
    for (;;) {
      const message = inbox.shift();
      if (message) return message;
      if (failure) throw failure;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  };
  const send = (message: ToWorker) => worker.postMessage(message);
  try {
    for (;;) {
      send({ kind: "next" });
      let message = await receive();
      while (message.kind === "month") {
        send({ kind: "entries", entries: await entriesOf(message.month) });
        message = await receive();
      }
      if (message.kind === "done") return;
      if (message.kind === "error") throw new Error(`The year book failed in its worker (${message.name}).`);
      yield message.bytes;
    }
  } finally {
    await worker.terminate();
  }
}
