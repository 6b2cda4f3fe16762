import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";

export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAddress: 3,
  perClient: 10,
} as const;

export interface SignInClaim {
  allowed: boolean;
  /** Gives the slot back, for a mail that could not be sent after all. */
  release(): Promise<void>;
}

/**
 * Claims one sign-in email for an address and a client, or refuses when either has had its share
 * in the last 15 minutes. The check and the insert are one SQL statement: SQLite takes the write
 * lock before it reads, so concurrent requests, in this process or another server instance on the
 * same database, are counted one after another and the limit is never overshot. (An interactive
 * transaction would not do here: the adapter shares one connection, so other requests' writes
 * would run inside it.) Refused requests leave no row, so the limit counts emails sent.
 */
export async function claimSignInEmail(
  db: Db,
  { email, ip }: { email: string; ip: string },
  now: Date = new Date(),
): Promise<SignInClaim> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  const addressKey = `email:${email}`;
  const clientKey = `ip:${ip}`;
  const ids = [randomUUID(), randomUUID()] as const;

  const inserted = await db.$executeRaw`
    INSERT INTO "SignInAttempt" ("id", "key", "createdAt")
    SELECT column1, column2, column3 FROM (VALUES (${ids[0]}, ${addressKey}, ${now}), (${ids[1]}, ${clientKey}, ${now}))
    WHERE (SELECT COUNT(*) FROM "SignInAttempt" WHERE "key" = ${addressKey} AND "createdAt" > ${since}) < ${SIGN_IN_LIMITS.perAddress}
      AND (SELECT COUNT(*) FROM "SignInAttempt" WHERE "key" = ${clientKey} AND "createdAt" > ${since}) < ${SIGN_IN_LIMITS.perClient}`;

  // Rows older than the window count for nothing; the table stays as small as 15 minutes of mail.
  await db.signInAttempt.deleteMany({ where: { createdAt: { lte: since } } });

  return {
    allowed: inserted === 2,
    async release() {
      if (inserted === 2) await db.signInAttempt.deleteMany({ where: { id: { in: [...ids] } } });
    },
  };
}
