import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { LocalFileStorage, downloadsRoot } from "@/lib/downloads/storage";
import { readManifest, syncCatalog } from "@/lib/downloads/sync";

const folder = mkdtempSync(path.join(tmpdir(), "sentaku-downloads-"));
const manifest = readManifest();
for (const entry of manifest) {
  copyFileSync(path.join(downloadsRoot(), entry.storageKey), path.join(folder, entry.storageKey));
}
const storage = new LocalFileStorage(folder);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the downloads catalogue sync", () => {
  it("creates every manifest entry with the file's own size, SHA-256 and page count", async () => {
    const result = await syncCatalog(db, storage, manifest);
    expect(result.created.sort()).toEqual(manifest.map((entry) => entry.slug).sort());
    for (const entry of manifest) {
      const row = await db.download.findUniqueOrThrow({ where: { slug: entry.slug } });
      const bytes = await storage.read(entry.storageKey);
      expect(row.size).toBe(bytes.byteLength);
      expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(row.pageCount).toBe((await PDFDocument.load(bytes)).getPageCount());
      expect(row.pageCount).toBeGreaterThanOrEqual(2);
    }
  });

  it("changes nothing when run again", async () => {
    const before = await db.download.findMany({ orderBy: { slug: "asc" } });
    const result = await syncCatalog(db, storage, manifest);
    expect(result).toEqual({ created: [], updated: [], unchanged: manifest.map((e) => e.slug) });
    expect(await db.download.findMany({ orderBy: { slug: "asc" } })).toEqual(before);
  });

  it("updates size and SHA-256 when a file changes", async () => {
    const entry = manifest[0];
    if (!entry) throw new Error("The manifest lists no downloads.");
    const before = await db.download.findUniqueOrThrow({ where: { slug: entry.slug } });
    const document = await PDFDocument.load(await storage.read(entry.storageKey));
    document.addPage();
    writeFileSync(path.join(folder, entry.storageKey), await document.save());

    const result = await syncCatalog(db, storage, manifest);
    expect(result.updated).toEqual([entry.slug]);
    const after = await db.download.findUniqueOrThrow({ where: { slug: entry.slug } });
    expect(after.size).not.toBe(before.size);
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.pageCount).toBe((before.pageCount ?? 0) + 1);
    expect(after.id).toBe(before.id);
  });
});
