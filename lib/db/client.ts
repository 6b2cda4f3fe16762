import { PrismaClient } from "@/lib/generated/prisma/client";
import { type ScrubbedClient, scrubErrors } from "./scrub-errors";
import { SqliteAdapterFactory } from "./sqlite";
import { databaseUrl, sqlitePath } from "./url";

/** The app's database client; its errors never carry query arguments (see scrub-errors.ts). */
export type Db = ScrubbedClient;

export function createPrismaClient(url: string = databaseUrl()): Db {
  return scrubErrors(
    new PrismaClient({ adapter: new SqliteAdapterFactory(sqlitePath(url), { serialize: true }) }),
  );
}

// One client per process and database. Kept on globalThis so that hot reload in development does
// not open a new connection on every change; keyed by URL so a test that points DATABASE_URL at
// its own file never gets another file's client.
const globalForPrisma = globalThis as unknown as { sentakuPrisma?: Map<string, Db> };
const clients = (globalForPrisma.sentakuPrisma ??= new Map());

function clientFor(url: string): Db {
  let client = clients.get(url);
  if (!client) {
    client = createPrismaClient(url);
    clients.set(url, client);
  }
  return client;
}

export const db: Db = clientFor(databaseUrl());
