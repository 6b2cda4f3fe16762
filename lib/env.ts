import path from "node:path";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, type DatabaseProvider, databaseProvider } from "./db/url";

/**
 * The server's environment, parsed once. A setting that is missing or malformed stops the server
 * with a sentence that names the variable and says what to set.
 */
export interface ServerEnv {
  production: boolean;
  /** The public origin, e.g. "https://sentaku.example" (no trailing slash): SITE_URL, else NEXTAUTH_URL. */
  publicUrl: string;
  /** Whether the site is served over https, decided here only (from the public URL). */
  https: boolean;
  /** NextAuth's cookie names, which carry the __Secure-/__Host- prefixes on https. */
  authCookies: AuthCookieNames;
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
  /** The author's LINE official account (LINE_URL), or null when there is none. */
  lineUrl: string | null;
  /** Folders the articles are read from, in order (ARTICLES_DIR). */
  articleDirs: string[];
  /** The private folder of downloadable files (DOWNLOADS_DIR). */
  downloadsDir: string;
  /** The downloads catalogue synced into the database (DOWNLOADS_MANIFEST). */
  downloadsManifest: string;
  /** Where `npm start` listens (PORT, HOSTNAME_BIND). */
  port: number;
  hostname: string;
  /** The build output folder, relative to the project (NEXT_DIST_DIR). */
  distDir: string;
  /** DATABASE_URL: a SQLite `file:` URL (the default) or a PostgreSQL URL. */
  databaseUrl: string;
  databaseProvider: DatabaseProvider;
  /** Connections each instance keeps to PostgreSQL (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  /** Seconds between the reminder sender's ticks on this instance (REMINDER_TICK_SECONDS; 0 = off). */
  reminderTickSeconds: number;
  /**
   * Minutes the reminder sender's clock runs ahead of the real one (REMINDER_CLOCK_OFFSET_MINUTES),
   * for end-to-end tests only: refused on a production server unless REMINDERS_TEST_CLOCK=1.
   */
  reminderClockOffsetMinutes: number;
}

export interface AuthCookieNames {
  sessionToken: string;
  callbackUrl: string;
  csrfToken: string;
}

/**
 * NextAuth v4's names for the cookies the email sign-in uses. On https the session and callback
 * cookies take `__Secure-` and the CSRF cookie `__Host-`, so a cookie that any http page on the
 * domain could have set never counts.
 */
export function authCookieNames(https: boolean): AuthCookieNames {
  const secure = https ? "__Secure-" : "";
  return {
    sessionToken: `${secure}next-auth.session-token`,
    callbackUrl: `${secure}next-auth.callback-url`,
    csrfToken: `${https ? "__Host-" : ""}next-auth.csrf-token`,
  };
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
  PORT: optionalText.pipe(
    z.coerce
      .number<string | undefined>()
      .int("must be a port number, e.g. 3000")
      .min(1, "must be a port number, e.g. 3000")
      .max(65_535, "must be a port number, e.g. 3000")
      .default(3000),
  ),
  HOSTNAME_BIND: optionalText,
  NEXT_DIST_DIR: optionalText,
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
      .default(1800),
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
  LINE_URL: optionalText.pipe(
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://lin.ee/xxxx" }).optional(),
  ),
  ARTICLES_DIR: optionalText,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^(file:|postgres(ql)?:\/\/)/,
        'must be a SQLite "file:" URL (e.g. file:./data/sentaku.db) or a PostgreSQL URL (e.g. postgresql://sentaku:password@127.0.0.1:5432/sentaku)',
      )
      .optional(),
  ),
  DATABASE_POOL_SIZE: optionalText.pipe(
    z.coerce
      .number<string | undefined>()
      .int("must be a whole number of connections")
      .min(1, "must be at least 1")
      .max(200, "must be at most 200")
      .default(10),
  ),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalText.pipe(
    z
      .string()
      .refine(
        (key) => [16, 24, 32].includes(Buffer.from(key, "base64").length),
        "must be a base64 AES key, e.g. the output of `openssl rand -base64 32`",
      )
      .optional(),
  ),
  DOWNLOADS_DIR: optionalText,
  DOWNLOADS_MANIFEST: optionalText,
  REMINDER_TICK_SECONDS: optionalText.pipe(
    z.coerce
      .number<string | undefined>()
      .int("must be a whole number of seconds")
      .min(0, "must be 0 (no reminders from this instance) or more")
      .max(3600, "must be at most 3600 seconds (one hour)")
      .default(60),
  ),
  REMINDER_CLOCK_OFFSET_MINUTES: optionalText.pipe(
    z.coerce
      .number<string | undefined>()
      .int("must be a whole number of minutes")
      .min(-525_600, "must be within a year")
      .max(525_600, "must be within a year")
      .optional(),
  ),
  REMINDERS_TEST_CLOCK: optionalText,
});

/** A folder or file named relative to the working folder, resolved at run time (never traced). */
function fromWorkingDir(value: string): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), value);
}

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

type RawEnv = z.infer<typeof schema>;

function readSource(source: Record<string, string | undefined>): { raw: RawEnv; settings: ServerEnv } {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new EnvError(`${name}: ${issue?.message ?? "invalid value"}.`);
  }
  const env = parsed.data;

  // The public origin is decided here and nowhere else: SITE_URL wins, NEXTAUTH_URL may repeat it.
  const siteUrl = env.SITE_URL ? originOf("SITE_URL", env.SITE_URL) : null;
  const authUrl = env.NEXTAUTH_URL ? originOf("NEXTAUTH_URL", env.NEXTAUTH_URL) : null;
  if (siteUrl && authUrl && siteUrl.origin !== authUrl.origin) {
    throw new EnvError(
      `SITE_URL (${siteUrl.origin}) and NEXTAUTH_URL (${authUrl.origin}) name different sites: set both to the public address, or set only SITE_URL.`,
    );
  }
  const publicUrl = siteUrl ?? authUrl ?? new URL(`http://localhost:${env.PORT}`);
  const https = publicUrl.protocol === "https:";

  // A moved clock would send members' reminders on the wrong day: tests only. A production server
  // takes it only with a second, explicit switch (the end-to-end tests run production servers).
  const production = env.NODE_ENV === "production";
  if (env.REMINDER_CLOCK_OFFSET_MINUTES !== undefined && production && env.REMINDERS_TEST_CLOCK !== "1") {
    throw new EnvError(
      "REMINDER_CLOCK_OFFSET_MINUTES moves the reminder clock and is for tests only: remove it (or, in a test, also set REMINDERS_TEST_CLOCK=1).",
    );
  }

  return {
    raw: env,
    settings: {
      production,
      publicUrl: publicUrl.origin,
      https,
      authCookies: authCookieNames(https),
      localDeployment: isLoopbackHost(publicUrl.hostname),
      emailServer: env.EMAIL_SERVER ?? null,
      emailFrom: env.EMAIL_FROM ?? `Sentaku <no-reply@${publicUrl.hostname}>`,
      nextAuthSecret: env.NEXTAUTH_SECRET ?? null,
      signInLinkMaxAgeSeconds: env.SIGNIN_LINK_MAX_AGE_SECONDS,
      trustedProxies: env.TRUST_PROXY,
      dataDir: fromWorkingDir(env.SENTAKU_DATA_DIR ?? "data"),
      lineUrl: env.LINE_URL ?? null,
      // Several folders are separated like PATH; end-to-end runs add a folder of test-only articles.
      articleDirs: (env.ARTICLES_DIR ?? path.join("content", "articles"))
        .split(path.delimiter)
        .filter((folder) => folder.trim() !== "")
        .map(fromWorkingDir),
      downloadsDir: fromWorkingDir(env.DOWNLOADS_DIR ?? path.join("content", "downloads", "files")),
      downloadsManifest: fromWorkingDir(
        env.DOWNLOADS_MANIFEST ?? path.join("content", "downloads", "manifest.json"),
      ),
      port: env.PORT,
      hostname: env.HOSTNAME_BIND ?? "0.0.0.0",
      distDir: env.NEXT_DIST_DIR ?? ".next",
      databaseUrl: env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
      databaseProvider: databaseProvider(env.DATABASE_URL ?? DEFAULT_DATABASE_URL),
      databasePoolSize: env.DATABASE_POOL_SIZE,
      reminderTickSeconds: env.REMINDER_TICK_SECONDS,
      reminderClockOffsetMinutes: env.REMINDER_CLOCK_OFFSET_MINUTES ?? 0,
    },
  };
}

/**
 * Parses an environment's settings without demanding a public server's mail server and secret.
 * Pure. For code that also runs where those are absent: next.config.ts and the build.
 */
export function parseSettings(source: Record<string, string | undefined>): ServerEnv {
  return readSource(source).settings;
}

/** Parses an environment for a server that takes requests. Pure: the caller decides what to do with the result. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const { raw: env, settings } = readSource(source);
  const { publicUrl } = settings;
  if (env.NEXT_PHASE === "phase-production-build") return settings;

  // On PostgreSQL the site may run as several instances, which must share what a single server
  // would make up for itself: the secret that signs sessions and links (otherwise generated into
  // the data folder) and the key that encrypts server-action ids (otherwise made per build).
  if (settings.databaseProvider === "postgresql") {
    if (!env.NEXTAUTH_SECRET) {
      throw new EnvError(
        "NEXTAUTH_SECRET is not set. On PostgreSQL every instance must sign sessions and links with the same secret: set NEXTAUTH_SECRET to the output of `openssl rand -base64 32`, the same on every instance.",
      );
    }
    if (!env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
      throw new EnvError(
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set. On PostgreSQL every instance must serve one build with one action key: set NEXT_SERVER_ACTIONS_ENCRYPTION_KEY to the output of `openssl rand -base64 32`, the same when building and on every instance.",
      );
    }
  }

  // A public production server must not keep sign-in links in a local outbox, nor sign cookies
  // with a secret generated on one machine. The build is exempt: it runs without the secrets.
  if (settings.production && !settings.localDeployment) {
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
  return settings;
}

let cachedSettings: ServerEnv | undefined;

/**
 * This process's settings, parsed on first use and kept, without the production secret checks:
 * for next.config.ts, scripts/start.ts, proxy.ts and the site's constants, which also run while
 * building. A server that takes requests has checked the secrets at start (instrumentation.ts).
 */
export function settings(): ServerEnv {
  return (cachedSettings ??= parseSettings(process.env));
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
