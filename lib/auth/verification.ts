import "server-only";
import { createHash } from "node:crypto";
import { type Db, db as defaultDb } from "@/lib/db/client";
import type { LinkProblem } from "./callback-url";
import { serverAuthSecret } from "./secret";

export type { LinkProblem } from "./callback-url";

/** How long expired tokens are kept, so that a late click is told "expired" rather than "used". */
const EXPIRED_TOKEN_GRACE_MS = 24 * 60 * 60 * 1000;

/** The form NextAuth stores a token in: sha256 of the token followed by the secret. */
export function hashVerificationToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** NextAuth's tokens are 32 random bytes in hex; anything else was never issued. */
export function isWellFormedToken(token: string): boolean {
  return /^[0-9a-f]{64}$/.test(token);
}

/**
 * Looks at a sign-in link without using it up (a GET of the emailed link must not sign anyone in,
 * or a mail scanner would spend it). Returns null when the link is good.
 */
export async function inspectSignInLink(
  db: Db,
  { token, email, secret }: { token: string; email: string; secret: string },
  now: Date = new Date(),
): Promise<LinkProblem | null> {
  if (!isWellFormedToken(token) || !email) return "invalid";
  const row = await db.verificationToken.findUnique({
    where: { token: hashVerificationToken(token, secret) },
  });
  // A well-formed token with no row was almost always used (rows are deleted on use).
  if (!row) return "used";
  if (row.identifier !== email) return "invalid";
  if (row.expires.getTime() < now.getTime()) return "expired";
  return null;
}

/** Removes tokens that expired more than a day ago. */
export async function deleteStaleTokens(db: Db, now: Date = new Date()): Promise<void> {
  await db.verificationToken.deleteMany({
    where: { expires: { lt: new Date(now.getTime() - EXPIRED_TOKEN_GRACE_MS) } },
  });
}

/** inspectSignInLink() on this server's database with its secret. */
export function checkSignInLink({
  token,
  email,
}: {
  token: string;
  email: string;
}): Promise<LinkProblem | null> {
  return inspectSignInLink(defaultDb, { token, email, secret: serverAuthSecret() });
}
