import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { runSerializable } from "@/lib/db/serializable";
import { Prisma } from "@/lib/generated/prisma/client";

// What is fair when a stranger asks for links to someone else's address: the per-address limit
// stays (3 in 15 minutes), because without it one request loop floods her inbox, and a flood is
// the greater harm; a stranger can at most delay her sign-in by 15 minutes. What changes is that
// nobody is left guessing: a refused claim carries `retryAt`, the moment she can try again, for
// the check-email page to say plainly (the page is the sign-in pages' to render). +variants share
// one budget (limitAddress), so the lock-out cannot be widened into a flood either.
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAddress: 3,
  perClient: 10,
} as const;

export interface SignInClaim {
  allowed: boolean;
  /**
   * When refused: the moment the oldest email that counts leaves the window, so the requester can
   * be told plainly when to try again. Null when allowed.
   */
  retryAt: Date | null;
  /** Gives the slot back, for a mail that could not be sent after all. */
  release(): Promise<void>;
}

/**
 * The address as the per-address limit counts it: lower-cased, and without a "+tag" in the local
 * part, because name+1@…, name+2@… all land in one inbox and must share one budget, or one inbox
 * could be flooded with one variant per email. Only the limit's key: the email still goes to the
 * address as typed.
 */
export function limitAddress(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 0) return email.toLowerCase();
  const local = email.slice(0, at).split("+")[0] ?? "";
  return `${local || email.slice(0, at)}${email.slice(at)}`.toLowerCase();
}

/**
 * When a refused request would be allowed: for each key that has had its share, the moment its
 * oldest counting email leaves the window; the later of those.
 */
async function retryTime(db: Db, limits: [key: string, share: number][], since: Date): Promise<Date> {
  let retryAt = since.getTime() + SIGN_IN_LIMITS.windowMs;
  for (const [key, share] of limits) {
    const rows = await db.signInAttempt.findMany({
      where: { key, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: share,
      select: { createdAt: true },
    });
    const oldest = rows.at(-1);
    if (rows.length >= share && oldest) {
      retryAt = Math.max(retryAt, oldest.createdAt.getTime() + SIGN_IN_LIMITS.windowMs);
    }
  }
  return new Date(retryAt);
}

/**
 * Claims one sign-in email for an address and a client, or refuses when either has had its share
 * in the last 15 minutes. The check and the insert are one statement, run serializably (see
 * lib/db/serializable.ts), so concurrent requests, in this process or another server instance on
 * the same database, SQLite or PostgreSQL, are counted one after another and the limit is never
 * overshot. Refused requests leave no row, so the limit counts emails sent.
 */
export async function claimSignInEmail(
  db: Db,
  { email, ip }: { email: string; ip: string },
  now: Date = new Date(),
): Promise<SignInClaim> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  const addressKey = `email:${limitAddress(email)}`;
  const clientKey = `ip:${ip}`;
  const ids = [randomUUID(), randomUUID()] as const;

  // Both rows or neither. The first, empty SELECT gives the union the table's column types, so
  // PostgreSQL reads the parameters as a timestamp and text, as SQLite does.
  const room = Prisma.sql`(SELECT COUNT(*) FROM "SignInAttempt" WHERE "key" = ${addressKey} AND "createdAt" > ${since}) < ${SIGN_IN_LIMITS.perAddress}
      AND (SELECT COUNT(*) FROM "SignInAttempt" WHERE "key" = ${clientKey} AND "createdAt" > ${since}) < ${SIGN_IN_LIMITS.perClient}`;
  const inserted = await runSerializable(
    db,
    Prisma.sql`INSERT INTO "SignInAttempt" ("id", "key", "createdAt")
      SELECT "id", "key", "createdAt" FROM "SignInAttempt" WHERE 1 = 0
      UNION ALL SELECT ${ids[0]}, ${addressKey}, ${now} WHERE ${room}
      UNION ALL SELECT ${ids[1]}, ${clientKey}, ${now} WHERE ${room}`,
  );
  const allowed = inserted === 2;

  // Rows older than the window count for nothing; the table stays as small as 15 minutes of mail.
  await db.signInAttempt.deleteMany({ where: { createdAt: { lte: since } } });

  return {
    allowed,
    retryAt: allowed
      ? null
      : await retryTime(
          db,
          [
            [addressKey, SIGN_IN_LIMITS.perAddress],
            [clientKey, SIGN_IN_LIMITS.perClient],
          ],
          since,
        ),
    async release() {
      if (allowed) await db.signInAttempt.deleteMany({ where: { id: { in: [...ids] } } });
    },
  };
}
