// The server's one logger. Every line it writes is one line: whatever a request put into the text
// (a query string, an address, a header) has its newlines and other control characters escaped, so
// a visitor cannot start a line of her own in the log, such as the `[outbox] Sign-in link for …`
// notice the README tells an operator to trust.

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators and bidirectional controls
// that make a terminal show text other than what was written.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every unsafe character written as an escape (`\n`, `\u001b`, …). */
export function escapeForLog(text: string): string {
  return text.replace(UNSAFE, (character) => {
    if (character === "\n") return "\\n";
    if (character === "\r") return "\\r";
    if (character === "\t") return "\\t";
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

export type LogWriter = (line: string) => void;

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /**
   * A failure on our side. The stack goes to the log (escaped too, one line per frame, each
   * indented so it cannot pass for a line of its own); errors a visitor can cause are not logged
   * with this, they are answered.
   */
  error(message: string, error?: unknown): void;
}

function stackOf(error: unknown): string {
  if (!(error instanceof Error)) return "";
  const frames = (error.stack ?? "").split("\n").slice(1);
  return frames.map((frame) => `\n    ${escapeForLog(frame.trim())}`).join("");
}

/** A logger over given writers (console by default; tests pass their own). */
export function createLogger(
  writers: { info: LogWriter; warn: LogWriter; error: LogWriter } = {
    info: (line) => console.log(line),
    warn: (line) => console.warn(line),
    error: (line) => console.error(line),
  },
): Logger {
  return {
    info: (message) => writers.info(escapeForLog(message)),
    warn: (message) => writers.warn(escapeForLog(message)),
    error: (message, error) => writers.error(escapeForLog(message) + stackOf(error)),
  };
}

export const log: Logger = createLogger();
