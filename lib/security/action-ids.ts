import { readFileSync } from "node:fs";
import path from "node:path";

// Where each of this build's server actions can be called, from the manifest `next build` writes
// beside the server code. A form posted without script names its action in the body, and Next.js's
// decoder throws (logged with a stack) on an id the build does not have, or one the posted page
// does not load; with the id in the Next-Action header it answers 404 quietly. proxy.ts gives the
// first kind the same quiet 404.

/** An action id and the page addresses that load it. */
export type ActionPages = ReadonlyMap<string, readonly RegExp[]>;

/** "app/(site)/members/journal/[id]/edit/page" as the addresses it serves. */
export function pagePattern(worker: string): RegExp {
  const segments = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment));
  const source = segments
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return "(?:/.*)?";
      if (/^\[\.\.\..+\]$/.test(segment)) return "/.+";
      if (/^\[.+\]$/.test(segment)) return "/[^/]+";
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
  return new RegExp(`^${source || "/"}/?$`);
}

let known: ActionPages | null | undefined;

/** The build's actions and their pages, or null when the manifest cannot be read (then nothing is
 * refused for it). Read once: a server serves one build. */
export function buildActions(distDir: string): ActionPages | null {
  if (known !== undefined) return known;
  try {
    const file = path.join(process.cwd(), distDir, "server", "server-reference-manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8")) as {
      node?: Record<string, { workers?: Record<string, unknown> }>;
    };
    known = new Map(
      Object.entries(manifest.node ?? {}).map(([id, entry]) => [
        id,
        Object.keys(entry.workers ?? {}).map(pagePattern),
      ]),
    );
  } catch {
    known = null;
  }
  return known;
}

/** Whether the build has action `id` on the page at `pathname` (true when the build is unknown). */
export function actionOnPage(actions: ActionPages | null, id: string, pathname: string): boolean {
  if (actions === null) return true;
  return actions.get(id)?.some((pattern) => pattern.test(pathname)) ?? false;
}
