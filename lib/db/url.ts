import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/sentaku.db";

/** The two databases the site runs on: SQLite embedded (the default), PostgreSQL to grow. */
export type DatabaseProvider = "sqlite" | "postgresql";

/** Which database a URL names; anything else stops the caller with a sentence that says what to set. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a SQLite "file:" URL (e.g. file:./data/sentaku.db) or a PostgreSQL URL (postgresql://user:password@host:5432/sentaku), got "${url.split(":")[0]}:".`,
  );
}

/** The absolute path of a `file:` SQLite URL, relative paths taken from the working directory. */
export function sqlitePath(url: string): string {
  if (databaseProvider(url) !== "sqlite") {
    throw new Error(`This command needs a SQLite "file:" DATABASE_URL, got "${url.split(":")[0]}:".`);
  }
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** A URL safe to print: the password replaced. */
export function redactedUrl(url: string): string {
  if (databaseProvider(url) === "sqlite") return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgresql://…";
  }
}
