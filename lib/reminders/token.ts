import { createHmac, timingSafeEqual } from "node:crypto";

// The unsubscribe link works without signing in, so it carries its own proof: the member's id and
// an HMAC of it under the server's secret. Nothing is stored, so every reminder she ever received
// keeps a working link, and a forged or altered token is refused without a database lookup.

const PURPOSE = "sentaku:reminder-unsubscribe:v1\0";
const TOKEN = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

function signatureOf(userId: string, secret: string): Buffer {
  return createHmac("sha256", secret)
    .update(PURPOSE + userId)
    .digest();
}

export function unsubscribeToken(userId: string, secret: string): string {
  return `${userId}.${signatureOf(userId, secret).toString("base64url")}`;
}

/** The member a token was made for, or null for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(token: unknown, secret: string): string | null {
  if (typeof token !== "string") return null;
  const match = TOKEN.exec(token);
  const userId = match?.[1];
  const signature = match?.[2];
  if (!userId || !signature) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = signatureOf(userId, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // base64url has several spellings of the last character's spare bits; accept only the canonical one.
  if (given.toString("base64url") !== signature) return null;
  return userId;
}
