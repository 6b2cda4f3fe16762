import { PrismaClient } from "@/lib/generated/prisma/client";
import { SqliteAdapterFactory } from "./sqlite";
import { databaseUrl, sqlitePath } from "./url";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new SqliteAdapterFactory(sqlitePath(url), { serialize: true }) });
}

// One client per process and database. Kept on globalThis so that hot reload in development does
// not open a new connection on every change; keyed by URL so a test that points DATABASE_URL at
// its own file never gets another file's client.
const globalForPrisma = globalThis as unknown as { sentakuPrisma?: Map<string, PrismaClient> };
const clients = (globalForPrisma.sentakuPrisma ??= new Map());

function clientFor(url: string): PrismaClient {
  let client = clients.get(url);
  if (!client) {
    client = createPrismaClient(url);
    clients.set(url, client);
  }
  return client;
}

export const db: PrismaClient = clientFor(databaseUrl());
