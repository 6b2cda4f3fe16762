import { Prisma } from "@/lib/generated/prisma/client";
import { type Db, providerOf } from "./client";
import { isWriteConflict } from "./scrub-errors";

// Each round of colliding statements lets at least one through, so a burst of N simultaneous
// requests needs at most N rounds; this is far above any burst one address or client can make
// within its limits.
const ATTEMPTS = 40;

/**
 * Runs one check-and-write statement (INSERT … SELECT … WHERE <there is room>) so that concurrent
 * requests, in this process or in other server instances on the same database, take effect one
 * after another, and returns the rows it wrote.
 *
 * SQLite: a write statement takes the database's write lock before it reads, so the statement
 * alone is enough; wrapping it in an interactive transaction would be worse, since better-sqlite3
 * waits for a busy lock synchronously and two clients in one process would block each other.
 * PostgreSQL: under READ COMMITTED two such statements can both see room, so the statement runs
 * as a SERIALIZABLE transaction, and the one that PostgreSQL refuses for the conflict is run again.
 */
export async function runSerializable(db: Db, statement: Prisma.Sql): Promise<number> {
  if (providerOf(db) === "sqlite") return db.$executeRaw(statement);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => tx.$executeRaw(statement), {
        isolationLevel: Prisma.TransactionIsolationLevel.Serializable,
      });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      // A short random pause, so the statements that collided do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
    }
  }
}
