import type { DownloadSource } from "./types";

/** One entry of content/downloads/manifest.json, which lib/downloads/sync.ts reads into the catalogue. */
export interface ManifestEntry {
  slug: string;
  title: string;
  description: string;
  fileName: string;
  mimeType: "application/pdf";
  storageKey: string;
  publishedAt: string;
  order: number;
}

export function manifestEntry(source: DownloadSource): ManifestEntry {
  return {
    slug: source.slug,
    title: source.title,
    description: source.description,
    fileName: source.fileName,
    mimeType: "application/pdf",
    storageKey: `${source.slug}.pdf`,
    publishedAt: source.publishedAt,
    order: source.order,
  };
}
