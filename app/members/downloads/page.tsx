import type { Metadata } from "next";
import { DownloadCard } from "@/components/downloads/download-card";
import { requireUser } from "@/lib/auth/session";
import { listDownloadsForUser } from "@/lib/downloads/queries";
import { formatJapaneseDate } from "@/lib/dates";
import { formatBytes } from "@/lib/format";

export const metadata: Metadata = { title: "ダウンロード", robots: { index: false } };

const TYPE_LABELS: Record<string, string> = { "application/pdf": "PDF" };

export default async function DownloadsPage() {
  const user = await requireUser("/members/downloads");
  const downloads = await listDownloadsForUser(user.id);

  return (
    <div className="mx-auto max-w-2xl px-gutter py-8">
      <h1 className="text-2xl font-bold">ダウンロード</h1>
      <p className="mt-3 text-muted">
        メンバー限定の資料です。ダウンロードしたファイルには、各ページの下にあなたのメールアドレスと日付が入ります。印刷して書き込みながら使ってください。
      </p>

      {downloads.length === 0 ? (
        <p className="mt-8 rounded-lg border border-line bg-card p-6">
          いまダウンロードできる資料はありません。
        </p>
      ) : (
        <ul className="mt-8 grid gap-5" aria-label="資料の一覧">
          {downloads.map((download) => {
            const typeLabel = TYPE_LABELS[download.mimeType] ?? download.mimeType;
            const pages = download.pageCount ? `・${download.pageCount}ページ` : "";
            return (
              <li key={download.id}>
                <DownloadCard
                  slug={download.slug}
                  title={download.title}
                  description={download.description}
                  format={`${typeLabel}・${formatBytes(download.size)}${pages}`}
                  typeLabel={TYPE_LABELS[download.mimeType] ?? "ファイル"}
                  publishedAt={formatJapaneseDate(download.publishedAt)}
                  timesDownloaded={download.timesDownloaded}
                  lastDownloadedAt={download.lastDownloadedAt?.toISOString() ?? null}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
