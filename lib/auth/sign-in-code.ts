import "server-only";
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { claimCodeGuess } from "./code-limit";
import type { CodeFailureReason } from "./code-reply";
import { sealToken, unsealToken } from "./token-seal";
import { hashVerificationToken } from "./verification";

/**
 * Six-digit sign-in codes, mailed beside the link so that a reader in an app's built-in browser can
 * finish signing in where she started.
 *
 * Why guessing is hopeless. There are 10^6 codes. A code only answers the browser that asked for
 * it (its request cookie) and the address it was sent to, and only the newest code of that pair is
 * compared, so each guess has a 1 in 10^6 chance. Each code dies after 5 tries; an address takes
 * at most 10 wrong codes a day across all codes and clients (lib/auth/code-limit.ts), and mail for
 * an address is capped at 3 per 15 minutes (lib/auth/rate-limit.ts), so every code an attacker
 * wants mails the member. At 10 guesses a day an attacker needs 10^5 days for an even chance; a
 * full year of trying succeeds with probability at most 3650 / 10^6 ≈ 0.37%, after sending her
 * hundreds of sign-in mails. Without the daily cap, 3 codes × 5 tries every 15 minutes would be
 * 1,440 guesses a day (0.14% a day): the cap is what makes the difference.
 */

/** Tries per code before it is dead. */
export const CODE_MAX_ATTEMPTS = 5;

/** The cookie that ties a code to the browser that asked for it. */
export const SIGN_IN_REQUEST_COOKIE = "sentaku.signin-request";

export type CodeResult =
  | { ok: true; identifier: string; token: string; callbackPath: string }
  | { ok: false; reason: CodeFailureReason }
  | { ok: false; reason: "wrong"; remaining: number };

export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/** A fresh request id for the cookie: 32 random bytes in hex. */
export function newRequestId(): string {
  return randomBytes(32).toString("hex");
}

export function isWellFormedRequestId(value: string | undefined): value is string {
  return typeof value === "string" && /^[0-9a-f]{64}$/.test(value);
}

/** The address as NextAuth stores it in VerificationToken.identifier. */
export function normalizeIdentifier(email: string): string {
  return email.trim().toLowerCase();
}

/** Digits only, so "123 456" and "１２３４５６" typed or pasted still count. */
export function normalizeCode(input: string): string {
  return input.normalize("NFKC").replace(/[\s-]/g, "");
}

export function hashCode(code: string, identifier: string, secret: string): string {
  return createHmac("sha256", secret).update(`sign-in code:${identifier}:${code}`).digest("hex");
}

export function hashRequestId(requestId: string): string {
  return createHash("sha256").update(requestId).digest("hex");
}

/** Stores the code for a link just issued and returns it, to be mailed. */
export async function issueSignInCode(
  db: Db,
  input: {
    identifier: string;
    token: string;
    requestId: string;
    callbackPath: string;
    expires: Date;
    secret: string;
  },
): Promise<string> {
  const code = newCode();
  await db.signInCode.create({
    data: {
      identifier: input.identifier,
      codeHash: hashCode(code, input.identifier, input.secret),
      requestHash: hashRequestId(input.requestId),
      tokenHash: hashVerificationToken(input.token, input.secret),
      sealedToken: sealToken(input.token, input.secret),
      callbackPath: input.callbackPath,
      expires: input.expires,
    },
  });
  return code;
}

/**
 * Checks a typed code. On success returns the link's raw token, for NextAuth's callback to use up
 * (which retires the link, and with it this code: see lib/auth/options.ts).
 */
export async function checkSignInCode(
  db: Db,
  input: { email: string; code: string; requestId: string | undefined; clientIp: string; secret: string },
  now: Date = new Date(),
): Promise<CodeResult> {
  const identifier = normalizeIdentifier(input.email);
  const code = normalizeCode(input.code);
  if (!/^\d{6}$/.test(code) || !identifier) return { ok: false, reason: "malformed" };
  if (!isWellFormedRequestId(input.requestId)) return { ok: false, reason: "none" };

  const row = await db.signInCode.findFirst({
    where: { identifier, requestHash: hashRequestId(input.requestId) },
    orderBy: { createdAt: "desc" },
  });
  if (!row) return { ok: false, reason: "none" };
  if (row.expires.getTime() < now.getTime()) return { ok: false, reason: "expired" };
  const link = await db.verificationToken.findUnique({ where: { token: row.tokenHash } });
  if (!link) return { ok: false, reason: "used" };
  if (row.attempts >= CODE_MAX_ATTEMPTS) return { ok: false, reason: "dead" };

  const guess = await claimCodeGuess(db, { email: identifier, ip: input.clientIp }, now);
  if (!guess.allowed) return { ok: false, reason: "limited" };
  // The try is counted before the comparison, atomically, so parallel guesses share the 5.
  const counted = await db.signInCode.updateMany({
    where: { id: row.id, attempts: { lt: CODE_MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count === 0) {
    await guess.release();
    return { ok: false, reason: "dead" };
  }

  const expected = Buffer.from(row.codeHash, "hex");
  const actual = Buffer.from(hashCode(code, identifier, input.secret), "hex");
  if (expected.length === actual.length && timingSafeEqual(expected, actual)) {
    await guess.release();
    const token = unsealToken(row.sealedToken, input.secret);
    if (!token) return { ok: false, reason: "used" };
    return { ok: true, identifier, token, callbackPath: row.callbackPath };
  }
  const after = await db.signInCode.findUnique({ where: { id: row.id }, select: { attempts: true } });
  const remaining = CODE_MAX_ATTEMPTS - (after?.attempts ?? CODE_MAX_ATTEMPTS);
  return remaining > 0 ? { ok: false, reason: "wrong", remaining } : { ok: false, reason: "dead" };
}

/** Codes go with their links: called when a link of the address is used. */
export async function deleteCodesFor(db: Db, identifier: string): Promise<void> {
  await db.signInCode.deleteMany({ where: { identifier } });
}

/** Removes codes whose links expired more than a day ago (the same grace as the links). */
export async function deleteStaleCodes(db: Db, now: Date = new Date()): Promise<void> {
  await db.signInCode.deleteMany({ where: { expires: { lt: new Date(now.getTime() - 86_400_000) } } });
}
