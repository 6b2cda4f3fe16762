import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/sentaku.db";

/** The database URL in force: DATABASE_URL, or the embedded SQLite default. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** The absolute path of a `file:` SQLite URL, relative paths taken from the working directory. */
export function sqlitePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL on this build, got "${url.split(":")[0]}:".`);
  }
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
