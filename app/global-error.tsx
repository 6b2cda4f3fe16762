"use client";

// Replaces the root layout when it fails itself, so it brings its own <html>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ja">
      <body style={{ fontFamily: "sans-serif", padding: "2rem", lineHeight: 1.8 }}>
        <h1>問題が発生しました</h1>
        <p>ページを表示できませんでした。少し時間をおいてから、もう一度お試しください。</p>
        <button type="button" onClick={reset}>
          もう一度試す
        </button>
      </body>
    </html>
  );
}
