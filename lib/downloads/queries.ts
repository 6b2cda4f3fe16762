import "server-only";
import { db } from "@/lib/db/client";

export interface DownloadCard {
  id: string;
  slug: string;
  title: string;
  description: string;
  mimeType: string;
  size: number;
  pageCount: number | null;
  publishedAt: Date;
  timesDownloaded: number;
  lastDownloadedAt: Date | null;
}

/** The catalogue as one member sees it: every listed file with her own download history. */
export async function listDownloadsForUser(userId: string): Promise<DownloadCard[]> {
  const [downloads, history] = await Promise.all([
    db.download.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
    db.downloadEvent.groupBy({
      by: ["downloadId"],
      where: { userId },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
  ]);
  const byDownload = new Map(history.map((row) => [row.downloadId, row]));
  return downloads.map((download) => {
    const mine = byDownload.get(download.id);
    return {
      id: download.id,
      slug: download.slug,
      title: download.title,
      description: download.description,
      mimeType: download.mimeType,
      size: download.size,
      pageCount: download.pageCount,
      publishedAt: download.publishedAt,
      timesDownloaded: mine?._count._all ?? 0,
      lastDownloadedAt: mine?._max.createdAt ?? null,
    };
  });
}

export async function findDownload(slug: string) {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  return db.download.findUnique({ where: { slug } });
}

export async function recordDownload(userId: string, downloadId: string): Promise<void> {
  await db.downloadEvent.create({ data: { userId, downloadId } });
}
