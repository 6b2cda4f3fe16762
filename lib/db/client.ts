import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { postgresAdapter } from "./postgresql";
import { type ScrubbedClient, scrubErrors } from "./scrub-errors";
import { SqliteAdapterFactory } from "./sqlite";
import { settings } from "@/lib/env";
import { databaseProvider, type DatabaseProvider, sqlitePath } from "./url";

// One client per process and database. Kept on globalThis so that hot reload in development does
// not open a new connection on every change; keyed by URL so a test that points DATABASE_URL at
// its own database never gets another database's client.
const globalForPrisma = globalThis as unknown as {
  sentakuPrisma?: Map<string, Db>;
  sentakuProviders?: WeakMap<Db, DatabaseProvider>;
};
const clients = (globalForPrisma.sentakuPrisma ??= new Map());
// On globalThis too: the server bundles this module more than once (route handlers, pages), and a
// client made by one copy is handed out by another through the map above.
const providers = (globalForPrisma.sentakuProviders ??= new WeakMap());

/** The app's database client; its errors never carry query arguments (see scrub-errors.ts). */
export type Db = ScrubbedClient;

/** The client an interactive transaction hands its callback. */
export type DbTransaction = Parameters<Extract<Parameters<Db["$transaction"]>[0], (tx: never) => unknown>>[0];

/**
 * A client for the database a URL names. Prisma keeps one provider per schema, so each database
 * has its own generated client over the same models (prisma/schema.prisma and its PostgreSQL
 * twin). Feature code sees one type: the SQLite client's. The PostgreSQL client is the same API
 * over the same models; where the two generated types differ (PostgreSQL-only options such as
 * case-insensitive `mode` or more isolation levels) the app uses neither, so this one cast is
 * where "which database" stops mattering.
 */
export function createPrismaClient(url: string = settings().databaseUrl): Db {
  const provider = databaseProvider(url);
  const client = scrubErrors(
    provider === "postgresql"
      ? (new PostgresPrismaClient({ adapter: postgresAdapter(url) }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: new SqliteAdapterFactory(sqlitePath(url), { serialize: true }) }),
  );
  providers.set(client, provider);
  return client;
}

/**
 * Which database a client talks to, for the few mechanisms in lib/db that must differ (how a
 * statement is made serializable); feature code never asks.
 */
export function providerOf(client: Db): DatabaseProvider {
  const provider = providers.get(client);
  if (!provider) throw new Error("This database client was not made by createPrismaClient().");
  return provider;
}

function clientFor(url: string): Db {
  let client = clients.get(url);
  if (!client) {
    client = createPrismaClient(url);
    clients.set(url, client);
  }
  return client;
}

export const db: Db = clientFor(settings().databaseUrl);
