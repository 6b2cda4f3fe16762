import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DatabaseError } from "@/lib/db/scrub-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { settings } from "@/lib/env";
import type { FileStorage } from "./storage";

const manifestSchema = z.object({
  downloads: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      title: z.string().min(1),
      description: z.string().min(1),
      fileName: z.string().min(1),
      mimeType: z.string().min(1),
      storageKey: z.string().min(1),
      publishedAt: z.iso.date(),
      order: z.number().int(),
    }),
  ),
});

export type ManifestEntry = z.infer<typeof manifestSchema>["downloads"][number];

export function manifestPath(): string {
  return settings().downloadsManifest;
}

export function readManifest(file: string = manifestPath()): ManifestEntry[] {
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data.downloads;
}

async function describeFile(storage: FileStorage, entry: ManifestEntry) {
  const bytes = await storage.read(entry.storageKey);
  const pageCount =
    entry.mimeType === "application/pdf"
      ? (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
      : null;
  return { size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex"), pageCount };
}

export interface SyncResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Creates a catalogue row, or returns false when another instance starting at the same moment on
 * the same database created it first (from the same manifest and files, so it is the same row).
 */
async function createUnlessTaken(db: Db, data: Prisma.DownloadCreateInput): Promise<boolean> {
  try {
    await db.download.create({ data });
    return true;
  } catch (error) {
    if (error instanceof DatabaseError && error.code === "P2002") return false;
    throw error;
  }
}

/**
 * Brings the Download table in line with the manifest and the files. Idempotent: a second run
 * writes nothing. Size, SHA-256 and page count come from the file itself, never from the manifest.
 */
export async function syncCatalog(
  db: Db,
  storage: FileStorage,
  entries: ManifestEntry[] = readManifest(),
): Promise<SyncResult> {
  const result: SyncResult = { created: [], updated: [], unchanged: [] };
  for (const entry of entries) {
    const file = await describeFile(storage, entry);
    const wanted = {
      title: entry.title,
      description: entry.description,
      fileName: entry.fileName,
      mimeType: entry.mimeType,
      storageKey: entry.storageKey,
      publishedAt: new Date(`${entry.publishedAt}T00:00:00+09:00`),
      sortOrder: entry.order,
      ...file,
    };
    const current = await db.download.findUnique({ where: { slug: entry.slug } });
    if (!current) {
      if (await createUnlessTaken(db, { slug: entry.slug, ...wanted })) result.created.push(entry.slug);
      else result.unchanged.push(entry.slug);
      continue;
    }
    const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).some((key) => {
      const a = wanted[key];
      const b = current[key];
      return a instanceof Date && b instanceof Date ? a.getTime() !== b.getTime() : a !== b;
    });
    if (changed) {
      await db.download.update({ where: { slug: entry.slug }, data: wanted });
      result.updated.push(entry.slug);
    } else {
      result.unchanged.push(entry.slug);
    }
  }
  return result;
}
