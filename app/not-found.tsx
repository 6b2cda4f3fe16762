import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "ページが見つかりません" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-measure px-gutter py-section">
      <p className="text-sm font-bold text-accent">404</p>
      <h1 className="mt-2 text-2xl font-bold">ページが見つかりません</h1>
      <p className="mt-4">
        お探しのページは移動したか、削除された可能性があります。アドレスに間違いがないかご確認ください。
      </p>
      <p className="mt-8 flex flex-wrap gap-3">
        <Link href="/" className="btn-primary">
          ホームへ戻る
        </Link>
        <Link href="/#articles" className="btn-secondary">
          記事の一覧を見る
        </Link>
      </p>
    </div>
  );
}
