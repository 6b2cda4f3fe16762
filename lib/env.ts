import path from "node:path";
import { z } from "zod";

/**
 * The server's environment, parsed once. A setting that is missing or malformed stops the server
 * with a sentence that names the variable and says what to set.
 */
export interface ServerEnv {
  production: boolean;
  /** The public origin, e.g. "https://sentaku.example" (no trailing slash). */
  publicUrl: string;
  /** True when the public URL is this machine (localhost, 127.0.0.0/8, ::1): the embedded default. */
  localDeployment: boolean;
  /** An smtp:// or smtps:// URL; null means the local outbox keeps the mail. */
  emailServer: string | null;
  emailFrom: string;
  /** NEXTAUTH_SECRET, or null when the generated secret under the data folder is used. */
  nextAuthSecret: string | null;
  signInLinkMaxAgeSeconds: number;
  /** How many proxies in front append to X-Forwarded-For (TRUST_PROXY; 0 = clients connect directly). */
  trustedProxies: number;
  dataDir: string;
}

export class EnvError extends Error {
  override name = "EnvError";
}

const LOOPBACK_HOST = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOST.test(hostname);
}

const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

const schema = z.object({
  NODE_ENV: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
  PORT: optionalText,
  SITE_URL: optionalText,
  NEXTAUTH_URL: optionalText,
  EMAIL_SERVER: optionalText.pipe(
    z
      .string()
      .regex(
        /^smtps?:\/\/[^\s]+$/,
        "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.jp:587",
      )
      .optional(),
  ),
  EMAIL_FROM: optionalText.pipe(
    z
      .string()
      .max(200)
      .regex(/@/, 'must be an address or "Name <address>", e.g. "Sentaku <no-reply@sentaku.example>"')
      .optional(),
  ),
  NEXTAUTH_SECRET: optionalText.pipe(
    z
      .string()
      .min(32, "must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)")
      .optional(),
  ),
  SIGNIN_LINK_MAX_AGE_SECONDS: optionalText.pipe(
    z.coerce
      .number<string | undefined>()
      .int("must be a whole number of seconds")
      .min(1, "must be at least 1 second")
      .max(86_400, "must be at most 86400 seconds (one day)")
      .default(600),
  ),
  TRUST_PROXY: optionalText
    .transform((value) => (value === "true" ? "1" : value === "false" ? "0" : value))
    .pipe(
      z.coerce
        .number<string | undefined>()
        .int()
        .min(0)
        .max(10, "must be the number of proxies in front (usually 1)")
        .default(0),
    ),
  SENTAKU_DATA_DIR: optionalText,
});

function originOf(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EnvError(
      `${name} is not a URL ("${value}"): set it to the public address, e.g. https://sentaku.example`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new EnvError(`${name} must start with http:// or https://, got "${value}".`);
  }
  return url;
}

/** Parses an environment. Pure: the caller decides what to do with the result. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new EnvError(`${name}: ${issue?.message ?? "invalid value"}.`);
  }
  const env = parsed.data;

  const siteUrl = env.SITE_URL ? originOf("SITE_URL", env.SITE_URL) : null;
  const authUrl = env.NEXTAUTH_URL ? originOf("NEXTAUTH_URL", env.NEXTAUTH_URL) : null;
  if (siteUrl && authUrl && siteUrl.origin !== authUrl.origin) {
    throw new EnvError(
      `SITE_URL (${siteUrl.origin}) and NEXTAUTH_URL (${authUrl.origin}) name different sites: set both to the public address, or set only SITE_URL.`,
    );
  }
  const publicUrl = (siteUrl ?? authUrl ?? new URL(`http://localhost:${env.PORT ?? "3000"}`)).origin;
  const localDeployment = isLoopbackHost(new URL(publicUrl).hostname);
  const production = env.NODE_ENV === "production";

  // A public production server must not keep sign-in links in a local outbox, nor sign cookies
  // with a secret generated on one machine. The build is exempt: it runs without the secrets.
  if (production && !localDeployment && env.NEXT_PHASE !== "phase-production-build") {
    if (!env.EMAIL_SERVER) {
      throw new EnvError(
        `EMAIL_SERVER is not set. The public address is ${publicUrl}, so sign-in links must be sent by mail: set EMAIL_SERVER=smtp://user:password@mail.example.jp:587 (or smtps://…) and EMAIL_FROM.`,
      );
    }
    if (!env.EMAIL_FROM) {
      throw new EnvError(
        `EMAIL_FROM is not set: set it to the sender, e.g. "Sentaku <no-reply@${new URL(publicUrl).hostname}>".`,
      );
    }
    if (!env.NEXTAUTH_SECRET) {
      throw new EnvError(
        "NEXTAUTH_SECRET is not set. A public server needs its own secret to sign sessions and links: set NEXTAUTH_SECRET to the output of `openssl rand -base64 32`.",
      );
    }
  }

  return {
    production,
    publicUrl,
    localDeployment,
    emailServer: env.EMAIL_SERVER ?? null,
    emailFrom: env.EMAIL_FROM ?? `Sentaku <no-reply@${new URL(publicUrl).hostname}>`,
    nextAuthSecret: env.NEXTAUTH_SECRET ?? null,
    signInLinkMaxAgeSeconds: env.SIGNIN_LINK_MAX_AGE_SECONDS,
    trustedProxies: env.TRUST_PROXY,
    // Resolved at run time from the working directory; not a file the build should trace.
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.SENTAKU_DATA_DIR ?? "data"),
  };
}

let cached: ServerEnv | undefined;

/**
 * The server's environment, parsed on first use and kept. NextAuth reads NEXTAUTH_URL itself to
 * build links, so when only SITE_URL (or nothing) is set it is filled in with the public URL.
 */
export function serverEnv(): ServerEnv {
  if (!cached) {
    cached = parseEnv(process.env);
    if (!process.env.NEXTAUTH_URL?.trim()) process.env.NEXTAUTH_URL = cached.publicUrl;
  }
  return cached;
}
