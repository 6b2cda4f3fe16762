import { randomBytes, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type { BrowserContext } from "@playwright/test";
import { e2eEnvironment } from "./env";

const env = e2eEnvironment();

/** DateTime as Prisma stores it in SQLite, so comparisons in SQL see one format. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

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
  const database = openDatabase();
  try {
    const existing = database.prepare("SELECT id FROM User WHERE email = ?").get(email) as
      { id: string } | undefined;
    const userId = existing?.id ?? `e2e${randomUUID().replaceAll("-", "")}`;
    if (!existing) {
      database
        .prepare("INSERT INTO User (id, email, emailVerified, createdAt) VALUES (?, ?, ?, ?)")
        .run(userId, email, sqliteDate(new Date()), sqliteDate(new Date()));
    }
    const token = randomBytes(32).toString("hex");
    database
      .prepare("INSERT INTO Session (id, sessionToken, userId, expires) VALUES (?, ?, ?, ?)")
      .run(
        `e2e${randomUUID().replaceAll("-", "")}`,
        token,
        userId,
        sqliteDate(new Date(Date.now() + 86_400_000)),
      );
    await context.addCookies([
      { name: "next-auth.session-token", value: token, url: env.baseURL, httpOnly: true, sameSite: "Lax" },
    ]);
    return { userId };
  } finally {
    database.close();
  }
}
