import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { settings } from "@/lib/env";

// Made-up addresses must not grow the disk: an unknown article (or its image) is a 404 that is
// neither rendered into the build folder nor cached for a year by whatever sits in front.

function filesUnder(folder: string): number {
  let count = 0;
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    count += statSync(full).isDirectory() ? filesUnder(full) : 1;
  }
  return count;
}

test("unknown article slugs and their images 404 without leaving files or a long cache", async ({
  request,
}) => {
  // The server of this run builds into and serves from this folder (scripts/start.ts).
  const server = path.join(settings().distDir, "server");
  await request.get("/articles/warm-up-slug");
  const before = filesUnder(server);

  for (let i = 0; i < 40; i++) {
    const slug = `made-up-${Date.now()}-${i}`;
    for (const address of [`/articles/${slug}`, `/articles/${slug}/og-image.png`]) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(404);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, address).not.toMatch(/s-maxage=\d{3,}/);
      expect(cacheControl, address).not.toMatch(/(^|[^-])max-age=\d{3,}/);
    }
  }
  expect(filesUnder(server)).toBe(before);
});
