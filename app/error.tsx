"use client";

import Link from "next/link";

// Shown when a page fails unexpectedly. It names no detail of the error: the digest is enough
// for the server log, and an error message may contain a member's text.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="mx-auto max-w-measure px-gutter py-section">
      <h1 className="text-2xl font-bold">問題が発生しました</h1>
      <p className="mt-4">
        ページを表示できませんでした。少し時間をおいてから、もう一度お試しください。書きかけの内容はこのブラウザに保存されています。
      </p>
      {error.digest ? <p className="mt-2 text-sm text-muted">エラー番号: {error.digest}</p> : null}
      <p className="mt-8 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="btn-primary">
          もう一度試す
        </button>
        <Link href="/" className="btn-secondary">
          ホームへ戻る
        </Link>
      </p>
    </div>
  );
}
