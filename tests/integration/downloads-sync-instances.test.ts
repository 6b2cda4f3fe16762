import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db/client";
import { settings } from "@/lib/env";
import { LocalFileStorage, downloadsRoot } from "@/lib/downloads/storage";
import { readManifest, syncCatalog } from "@/lib/downloads/sync";

const folder = mkdtempSync(path.join(tmpdir(), "sentaku-downloads-"));
const manifest = readManifest();
for (const entry of manifest) {
  copyFileSync(path.join(downloadsRoot(), entry.storageKey), path.join(folder, entry.storageKey));
}
const storage = new LocalFileStorage(folder);
// A second client on the same database: the second instance of a deployment.
const other = createPrismaClient(settings().databaseUrl);

afterAll(async () => {
  await other.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

describe("the downloads catalogue sync on several instances", () => {
  it("lets two instances starting at the same moment on a fresh database both start", async () => {
    const [first, second] = await Promise.all([
      syncCatalog(db, storage, manifest),
      syncCatalog(other, storage, manifest),
    ]);
    const slugs = manifest.map((entry) => entry.slug).sort();
    // Each row was created by exactly one of them; the other counts it as already there.
    expect([...first.created, ...second.created].sort()).toEqual(slugs);
    expect([...first.unchanged, ...second.unchanged].sort()).toEqual(
      slugs.filter((slug) => !first.updated.includes(slug) && !second.updated.includes(slug)),
    );
    expect(await db.download.count()).toBe(manifest.length);
  });
});
