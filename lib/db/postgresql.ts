import { PrismaPg } from "@prisma/adapter-pg";

/** Connections each server instance keeps open to PostgreSQL (DATABASE_POOL_SIZE). */
export const DEFAULT_POOL_SIZE = 10;

export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DATABASE_POOL_SIZE?.trim();
  if (!raw) return DEFAULT_POOL_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 200) {
    throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 200, got "${raw}".`);
  }
  return size;
}

/**
 * The adapter over a `pg` pool. Unlike the single SQLite connection, each transaction gets a
 * connection of its own from the pool, so no serializing wrapper is needed here.
 */
export function postgresAdapter(url: string, max: number = poolSize()): PrismaPg {
  return new PrismaPg({
    connectionString: url,
    max,
    // A database that does not answer fails the request instead of holding it forever.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
}
