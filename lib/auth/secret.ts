import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serverEnv } from "@/lib/env";

/**
 * NEXTAUTH_SECRET, or for the embedded default a random secret generated once and kept under
 * data/, so a fresh clone signs cookies and tokens with a secret nobody else has.
 */
export function authSecret(configured: string | null, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, "nextauth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // "wx" fails if another process wrote it first; then read theirs.
    try {
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim();
    }
  }
}

let cached: string | undefined;

/** This server's secret, read (or generated) once. */
export function serverAuthSecret(): string {
  if (cached) return cached;
  const env = serverEnv();
  return (cached = authSecret(env.nextAuthSecret, env.dataDir));
}
