// Books are typeset one at a time per server instance. pdf-lib holds a whole document in memory
// until it is written (a 10,000-entry book is about 350 MB of heap), so two large books at once
// could double that; a second request waits for the first instead. Small books take well under a
// second, so the wait is short unless a very large journal is ahead in the line.
let last: Promise<unknown> = Promise.resolve();

export function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = last.then(task, task);
  // The next task waits for this one to settle, whether it succeeded or not.
  last = run.catch(() => undefined);
  return run;
}
