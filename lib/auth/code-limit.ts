import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { runSerializable } from "@/lib/db/serializable";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Wrong sign-in codes allowed across every code, on top of the 5 tries each code has. The
 * per-address cap is what bounds a patient attacker (see lib/auth/sign-in-code.ts for the
 * arithmetic); the per-client cap stops one client trying many addresses. A member who hits
 * either still has the link in her mail, so the cap never locks her out.
 */
export const CODE_GUESS_LIMITS = {
  perAddress: { count: 10, windowMs: 24 * 60 * 60 * 1000 },
  perClient: { count: 20, windowMs: 60 * 60 * 1000 },
} as const;

export interface CodeGuessClaim {
  allowed: boolean;
  /** Gives the slot back: the code was right, so it was not a wrong guess after all. */
  release(): Promise<void>;
}

/**
 * Claims one guess for an address and a client before the code is compared, or refuses when
 * either has used up its wrong guesses. Check and insert are one statement run serializably (as in
 * lib/auth/rate-limit.ts), so a burst of parallel guesses cannot slip past the cap.
 */
export async function claimCodeGuess(
  db: Db,
  { email, ip }: { email: string; ip: string },
  now: Date = new Date(),
): Promise<CodeGuessClaim> {
  const addressSince = new Date(now.getTime() - CODE_GUESS_LIMITS.perAddress.windowMs);
  const clientSince = new Date(now.getTime() - CODE_GUESS_LIMITS.perClient.windowMs);
  const addressKey = `code-email:${email}`;
  const clientKey = `code-ip:${ip}`;
  const ids = [randomUUID(), randomUUID()] as const;

  const room = Prisma.sql`(SELECT COUNT(*) FROM "SignInCodeFailure" WHERE "key" = ${addressKey} AND "createdAt" > ${addressSince}) < ${CODE_GUESS_LIMITS.perAddress.count}
      AND (SELECT COUNT(*) FROM "SignInCodeFailure" WHERE "key" = ${clientKey} AND "createdAt" > ${clientSince}) < ${CODE_GUESS_LIMITS.perClient.count}`;
  const inserted = await runSerializable(
    db,
    Prisma.sql`INSERT INTO "SignInCodeFailure" ("id", "key", "createdAt")
      SELECT "id", "key", "createdAt" FROM "SignInCodeFailure" WHERE 1 = 0
      UNION ALL SELECT ${ids[0]}, ${addressKey}, ${now} WHERE ${room}
      UNION ALL SELECT ${ids[1]}, ${clientKey}, ${now} WHERE ${room}`,
  );
  const allowed = inserted === 2;

  // The longest window is a day; older rows count for nothing.
  await db.signInCodeFailure.deleteMany({ where: { createdAt: { lte: addressSince } } });

  return {
    allowed,
    async release() {
      if (allowed) await db.signInCodeFailure.deleteMany({ where: { id: { in: [...ids] } } });
    },
  };
}
