import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// A correct code must finish the sign-in exactly as the link would: through NextAuth's own email
// callback, which needs the raw token (NextAuth stores only its hash). So the raw token is kept
// beside the code, sealed with AES-256-GCM under a key derived from the auth secret: a copy of the
// database alone opens nothing, and the row is deleted with the link.

const INFO = "sentaku sign-in code: sealed link token";

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", INFO, 32));
}

/** iv (12 bytes) ‖ tag (16 bytes) ‖ ciphertext, base64url. */
export function sealToken(token: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The token, or null when the seal was made under another secret or altered. */
export function unsealToken(sealed: string, secret: string): string | null {
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < 29) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(secret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
