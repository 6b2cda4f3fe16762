import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listDownloadsForUser } from "@/lib/downloads/queries";
import { formatJapaneseDate, formatJapaneseDateTime } from "@/lib/dates";
import { formatBytes } from "@/lib/format";

export const metadata: Metadata = { title: "ダウンロード", robots: { index: false } };

const TYPE_LABELS: Record<string, string> = { "application/pdf": "PDF" };

export default async function DownloadsPage() {
  const user = await requireUser("/members/downloads");
  const downloads = await listDownloadsForUser(user.id);

  return (
    <div className="mx-auto max-w-page px-gutter py-10">
      <h1 className="text-2xl font-bold">ダウンロード</h1>
      <p className="mt-3 max-w-measure text-muted">
        メンバー限定の資料です。ダウンロードしたファイルには、各ページの下にあなたのメールアドレスと日付が入ります。印刷して書き込みながら使ってください。
      </p>

      {downloads.length === 0 ? (
        <p className="mt-8 rounded-lg border border-line bg-card p-6">
          いまダウンロードできる資料はありません。
        </p>
      ) : (
        <ul className="mt-8 grid gap-5 md:grid-cols-2" aria-label="資料の一覧">
          {downloads.map((download) => {
            const headingId = `download-${download.slug}`;
            return (
              <li key={download.id}>
                <article
                  aria-labelledby={headingId}
                  className="flex h-full flex-col rounded-xl border border-line bg-card p-6 shadow-sm"
                >
                  <h2 id={headingId} className="text-lg font-bold">
                    {download.title}
                  </h2>
                  <p className="mt-2 flex-1 text-[0.95rem] leading-relaxed">{download.description}</p>
                  <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-muted">
                    <dt>形式</dt>
                    <dd>
                      {TYPE_LABELS[download.mimeType] ?? download.mimeType}・{formatBytes(download.size)}
                      {download.pageCount ? `・${download.pageCount}ページ` : null}
                    </dd>
                    <dt>公開日</dt>
                    <dd>{formatJapaneseDate(download.publishedAt)}</dd>
                    <dt>ダウンロード</dt>
                    <dd data-testid={`history-${download.slug}`}>
                      {download.lastDownloadedAt
                        ? `${download.timesDownloaded}回(最後: ${formatJapaneseDateTime(download.lastDownloadedAt)})`
                        : "まだダウンロードしていません"}
                    </dd>
                  </dl>
                  <p className="mt-5">
                    <a
                      href={`/members/downloads/${download.slug}`}
                      download
                      className="btn-primary w-full sm:w-auto"
                      aria-describedby={headingId}
                    >
                      ダウンロード
                      <span className="sr-only">({TYPE_LABELS[download.mimeType] ?? "ファイル"})</span>
                    </a>
                  </p>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
