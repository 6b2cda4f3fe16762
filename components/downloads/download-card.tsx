"use client";

import { useState } from "react";
import { formatJapaneseDateTime } from "@/lib/dates";

export interface DownloadCardProps {
  slug: string;
  title: string;
  description: string;
  /** "PDF・110 KB・6ページ" */
  format: string;
  typeLabel: string;
  publishedAt: string;
  timesDownloaded: number;
  /** ISO instant of her last download, or null. */
  lastDownloadedAt: string | null;
}

function historyText(times: number, last: Date | null): string {
  return last
    ? `${formatJapaneseDateTime(last)}にダウンロードしました(全${times}回)`
    : "まだダウンロードしていません";
}

/**
 * One file: its first page, what it is, and her own history, which changes the moment she
 * downloads (the file arrives as an attachment, so the page itself never reloads).
 */
export function DownloadCard(props: DownloadCardProps) {
  const [history, setHistory] = useState({
    times: props.timesDownloaded,
    last: props.lastDownloadedAt ? new Date(props.lastDownloadedAt) : null,
  });
  const [preview, setPreview] = useState(true);
  const headingId = `download-${props.slug}`;

  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col gap-4 rounded-xl border border-line bg-card p-5 shadow-sm sm:flex-row sm:p-6"
    >
      {preview ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, per-member image: next/image's optimiser would cache it publicly.
        <img
          src={`/members/download-previews/${props.slug}`}
          alt={`「${props.title}」の1ページ目`}
          width={160}
          height={226}
          loading="lazy"
          onError={() => setPreview(false)}
          className="mx-auto h-[226px] w-[160px] shrink-0 rounded border border-line bg-paper object-cover object-top shadow-sm sm:mx-0"
        />
      ) : null}
      <div className="flex min-w-0 flex-1 flex-col">
        <h2 id={headingId} className="text-lg font-bold">
          {props.title}
        </h2>
        <p className="mt-2 flex-1 text-[0.95rem] leading-relaxed">{props.description}</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-muted">
          <dt>形式</dt>
          <dd>{props.format}</dd>
          <dt>公開日</dt>
          <dd>{props.publishedAt}</dd>
          <dt>ダウンロード</dt>
          <dd data-testid={`history-${props.slug}`} aria-live="polite">
            {historyText(history.times, history.last)}
          </dd>
        </dl>
        <p className="mt-5">
          <a
            href={`/members/downloads/${props.slug}`}
            download
            onClick={() => setHistory((h) => ({ times: h.times + 1, last: new Date() }))}
            className="btn-primary w-full sm:w-auto"
            aria-describedby={headingId}
          >
            ダウンロード
            <span className="sr-only">({props.typeLabel})</span>
          </a>
        </p>
      </div>
    </article>
  );
}
