import Database from "better-sqlite3";
import type { BrowserContext } from "@playwright/test";
import type { Db } from "@/lib/db/client";
import { createSession, findOrCreateMember, withSeedClient } from "@/lib/db/seed";
import { e2eEnvironment } from "./env";

const env = e2eEnvironment();

/**
 * Runs `seed` with the app's own Prisma client on the e2e server's database, so rows are written
 * as the app writes them (lib/db/seed.ts), then lets the file go.
 */
export function withE2eDatabase<T>(seed: (db: Db) => Promise<T>): Promise<T> {
  return withSeedClient(`file:${env.databaseFile}`, seed);
}

/** A direct connection for the counts and clean-ups tests check; rows are created by lib/db/seed.ts. */
export function openDatabase(): Database.Database {
  const database = new Database(env.databaseFile, { timeout: 5000 });
  database.pragma("foreign_keys = ON");
  return database;
}

/**
 * Signs a member in by creating her session row and cookie directly, for tests whose subject is
 * not sign-in itself (the sign-in tests go through the real email link).
 */
export async function signInAs(context: BrowserContext, email: string): Promise<{ userId: string }> {
  const { userId, token } = await withE2eDatabase(async (db) => {
    const member = await findOrCreateMember(db, email);
    return { userId: member.id, token: await createSession(db, member.id) };
  });
  await context.addCookies([
    { name: "next-auth.session-token", value: token, url: env.baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
  return { userId };
}
