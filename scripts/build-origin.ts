// The public address a production build was made for. Prerendered pages carry it in their
// canonical links, og:url, og:image and the feed, so a build served at another address would
// publish wrong links; `npm start` compares and rebuilds (scripts/start.ts).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILE = "sentaku-public-url";

/** The address recorded beside the build, or null when the build did not record one. */
export function builtForUrl(distDir: string): string | null {
  const file = path.join(distDir, FILE);
  return existsSync(file) ? readFileSync(file, "utf8").trim() || null : null;
}

export function recordBuildUrl(distDir: string, publicUrl: string): void {
  writeFileSync(path.join(distDir, FILE), `${publicUrl}\n`);
}

/**
 * The one line `npm start` says before rebuilding, or null when the build fits. A build without a
 * record (a bare `next build`, as the test suites make) is taken as it is.
 */
export function rebuildReason(distDir: string, publicUrl: string): string | null {
  const builtFor = builtForUrl(distDir);
  if (builtFor === null || builtFor === publicUrl) return null;
  return `The build was made for ${builtFor}, but this server's address is ${publicUrl}: rebuilding so canonical links, og:url and the feed name ${publicUrl} (about a minute)…`;
}
