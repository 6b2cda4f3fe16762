import "server-only";
import { db } from "@/lib/db/client";
import { formatDateTimeJa } from "./dates";
import { listRankings } from "./rankings";
import type { Ranking } from "./types";
import { valueLabel } from "./values";

// What a whole-account export holds besides the entries: her value rankings with their dates and
// her download history, so "export first" before deleting keeps everything she has.

export interface DownloadRecord {
  title: string;
  fileName: string;
  downloadedAt: Date;
}

export interface AccountExtras {
  rankings: Ranking[];
  downloads: DownloadRecord[];
}

/** Every ranking and download of hers, newest first. */
export async function accountExtras(userId: string): Promise<AccountExtras> {
  const [rankings, events] = await Promise.all([
    listRankings(userId, 10_000),
    db.downloadEvent.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true, download: { select: { title: true, fileName: true } } },
    }),
  ]);
  return {
    rankings,
    downloads: events.map((e) => ({ ...e.download, downloadedAt: e.createdAt })),
  };
}

export function extrasToMarkdown(extras: AccountExtras): string {
  const rankings = extras.rankings.length
    ? extras.rankings.map(
        (r) =>
          `### ${formatDateTimeJa(r.createdAt)}\n\n${r.keys.map((key, i) => `${i + 1}. ${valueLabel(key)}`).join("\n")}\n`,
      )
    : ["まだありません。\n"];
  const downloads = extras.downloads.length
    ? extras.downloads
        .map((d) => `- ${formatDateTimeJa(d.downloadedAt)} ${d.title}(${d.fileName})`)
        .join("\n") + "\n"
    : "まだありません。\n";
  return `\n---\n\n## 価値観の順位\n\n${rankings.join("\n")}\n---\n\n## ダウンロードの履歴\n\n${downloads}`;
}

export function extrasToJson(extras: AccountExtras) {
  return {
    valueRankings: extras.rankings.map((r) => ({
      createdAt: r.createdAt.toISOString(),
      values: r.keys.map((key, i) => ({ rank: i + 1, key, label: valueLabel(key) })),
    })),
    downloads: extras.downloads.map((d) => ({
      title: d.title,
      fileName: d.fileName,
      downloadedAt: d.downloadedAt.toISOString(),
    })),
  };
}
