import { PrismaPg } from "@prisma/adapter-pg";

import { settings } from "@/lib/env";

/**
 * The adapter over a `pg` pool. Unlike the single SQLite connection, each transaction gets a
 * connection of its own from the pool, so no serializing wrapper is needed here.
 */
export function postgresAdapter(url: string, max: number = settings().databasePoolSize): PrismaPg {
  return new PrismaPg({
    connectionString: url,
    max,
    // A database that does not answer fails the request instead of holding it forever.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
}
