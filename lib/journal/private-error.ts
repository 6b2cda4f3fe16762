/**
 * A description of a failure that is safe to log: its class and its database error code, never its
 * message, which for Prisma can quote the arguments, and so the text of an entry.
 */
export function privateErrorSummary(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.name} ${code}` : error.name;
}

/** Thrown by the journal's data functions in place of the underlying error. */
export class JournalStoreError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`Journal store: ${operation} failed (${privateErrorSummary(cause)}).`);
    this.name = "JournalStoreError";
  }
}
