import type { Metadata } from "next";
import Link from "next/link";
import { SessionEnded } from "@/components/auth/session-ended";

export const metadata: Metadata = {
  title: "アカウントを削除しました",
  robots: { index: false, follow: false },
};

/** Where deleting the account ends: what happened, and that the door stays open. */
export default function GoodbyePage() {
  return (
    <div className="mx-auto max-w-measure px-gutter py-section">
      <SessionEnded />
      <h1 className="text-2xl font-bold">アカウントを削除しました</h1>
      <p className="mt-4 leading-loose">
        アカウントを削除しました。ジャーナルの記録、価値観の順位、ダウンロードの履歴はすべて消え、この端末からもログアウトしています。これまで使ってくださって、ありがとうございました。
      </p>
      <p className="mt-4 leading-loose">記事はこれからも、登録なしで読めます。</p>
      <p className="mt-6">
        <Link href="/" className="btn-secondary">
          記事を読む
        </Link>
      </p>
    </div>
  );
}
