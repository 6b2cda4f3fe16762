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

  constructor(operation: string, cause: unknown) {
    super(`Database: ${operation} failed (${privateErrorSummary(cause)}).`);
    this.name = "DatabaseError";
    this.code = codeOf(cause);
  }
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
