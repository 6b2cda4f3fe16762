import { privateErrorSummary } from "@/lib/db/scrub-errors";
import { log } from "@/lib/log";

/**
 * A book stalls its turn at most this long between two reads: a reader that stopped reading
 * without closing (or a response whose body is dropped unread, as for a HEAD request) would
 * otherwise keep every later book waiting (one-at-a-time.ts).
 */
export const BOOK_IDLE_MS = 60_000;

/**
 * The book's chunks as a response body, pulled only as fast as she downloads. The turn is given
 * back when the book ends, fails, is cancelled or stalls. A failure part-way errors the stream, so
 * the download fails instead of leaving a cut file that looks whole.
 */
export function bookBody(
  book: AsyncGenerator<Uint8Array, void, undefined>,
  release: () => void,
  idleMs: number = BOOK_IDLE_MS,
): ReadableStream<Uint8Array> {
  let idle: NodeJS.Timeout | undefined;
  let ended = false;
  const end = async (): Promise<void> => {
    if (ended) return;
    ended = true;
    clearTimeout(idle);
    release();
    await book.return(undefined);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      clearTimeout(idle);
      try {
        const next = await book.next();
        // Cancelled while this page was being typeset: the stream is closed already.
        if (ended && !next.done) return;
        if (next.done) {
          await end();
          controller.close();
          return;
        }
        controller.enqueue(next.value);
        idle = setTimeout(() => {
          // Not her doing that needs a stack trace: a client that went quiet.
          log.warn("[insights] year book abandoned: no read for a minute");
          controller.error(new Error("The year book was not read."));
          void end();
        }, idleMs);
        idle.unref();
      } catch (error) {
        if (ended) return;
        await end();
        // A failure on our side (her entries could not be read); the message could quote one.
        log.error(`[insights] year book failed part-way: ${privateErrorSummary(error)}`);
        controller.error(new Error("The year book failed."));
      }
    },
    // She closed the tab or cancelled the download: stop typesetting, let the next book start.
    async cancel() {
      await end();
    },
  });
}
