// The year book's typesetting thread (in-worker.ts starts it, one per book). It asks the server's
// thread for each month's entries and hands back the PDF a chunk at a time, only when asked, so
// the download's pace still sets the typesetting's.
import { parentPort, workerData } from "node:worker_threads";
import type { EntryDetail } from "@/lib/journal/types";
import { type BookInput, renderBookStream } from "./render";
import type { FromWorker, ToWorker, WorkerBookInput } from "./worker-messages";

const port = parentPort;
if (port) {
  const data = workerData as WorkerBookInput;
  let waiting: ((entries: EntryDetail[]) => void) | undefined;
  const input: BookInput = {
    ...data,
    entriesOf: (month) =>
      new Promise<EntryDetail[]>((resolve) => {
        waiting = resolve;
        port.postMessage({ kind: "month", month } satisfies FromWorker);
      }),
  };
  const book = renderBookStream(input);
  port.on("message", (message: ToWorker) => {
    if (message.kind === "entries") {
      waiting?.(message.entries);
      waiting = undefined;
      return;
    }
    book.next().then(
      (next) => {
        if (next.done) port.postMessage({ kind: "done" } satisfies FromWorker);
        else {
          // Handed over, not copied: the chunk's memory moves to the server's thread.
          const { buffer } = next.value;
          const transfer = buffer instanceof ArrayBuffer ? [buffer] : [];
          port.postMessage({ kind: "chunk", bytes: next.value } satisfies FromWorker, transfer);
        }
      },
      (error: unknown) => {
        port.postMessage({
          kind: "error",
          name: error instanceof Error ? error.name : typeof error,
        } satisfies FromWorker);
      },
    );
  });
}
