import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A description of a failure that is safe to log: its class and its database error code, never its
 * message, which for Prisma can quote the arguments, and so the text of an entry or an address.
 */
export function privateErrorSummary(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = codeOf(error);
  return code ? `${error.name} ${code}` : error.name;
}

function codeOf(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/**
 * Thrown by every query in place of Prisma's own error. It keeps the error code, which callers
 * branch on (the NextAuth adapter treats P2025 as "token already used"), and drops the message,
 * the metadata and the cause, any of which may carry what a member wrote.
 */
export class DatabaseError extends Error {
  readonly code: string | undefined;
  /** PostgreSQL refused the transaction for a conflict with a concurrent one: run it again. */
  readonly writeConflict: boolean;

  constructor(operation: string, cause: unknown) {
    super(`Database: ${operation} failed (${privateErrorSummary(cause)}).`);
    this.name = "DatabaseError";
    this.code = codeOf(cause);
    this.writeConflict = isWriteConflict(cause);
  }
}

function isConflictKind(error: unknown): boolean {
  const cause = (error as { cause?: { kind?: unknown } } | null)?.cause;
  return cause?.kind === "TransactionWriteConflict";
}

/**
 * PostgreSQL's serialization failure (40001) and deadlock (40P01) reach us in four shapes: P2034
 * from a model query, P2010 ("raw query failed") from a raw one, the adapter's own error when the
 * conflict is found at COMMIT, and a DatabaseError wrapping one of those.
 */
export function isWriteConflict(error: unknown): boolean {
  if (error instanceof DatabaseError) return error.writeConflict;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return (
      error.code === "P2034" || (error.code === "P2010" && isConflictKind(error.meta?.driverAdapterError))
    );
  }
  return error instanceof Error && error.name === "DriverAdapterError" && isConflictKind(error);
}

// One place for every query of every model, raw queries included, and inside interactive
// transactions too: a data function cannot forget it.
const scrubErrorsExtension = Prisma.defineExtension({
  name: "scrub-errors",
  query: {
    async $allOperations({ model, operation, args, query }) {
      try {
        return await query(args);
      } catch (error) {
        throw new DatabaseError(model ? `${model}.${operation}` : operation, error);
      }
    },
  },
});

export function scrubErrors(client: PrismaClient) {
  return client.$extends(scrubErrorsExtension);
}

/** The client the app uses: Prisma's, with scrubbed errors. */
export type ScrubbedClient = ReturnType<typeof scrubErrors>;
