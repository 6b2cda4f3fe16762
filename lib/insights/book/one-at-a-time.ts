// Books are made one at a time per server instance. A book is written as it is typeset, page by
// page (render.ts), so one takes tens of MB however long the journal; two at once would still
// share the server's two cores and the one SQLite connection with every reader, so a second
// request waits for the first book's stream to end (finished, failed or abandoned). Small books
// take well under a second, so the wait is short unless a very large journal is ahead in the line.
let last: Promise<void> = Promise.resolve();

/** Resolves when the books ahead are done, with the function that lets the next one start. */
export function waitForTurn(): Promise<() => void> {
  const ahead = last;
  let release: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  last = ahead.then(() => done);
  return ahead.then(() => release);
}
