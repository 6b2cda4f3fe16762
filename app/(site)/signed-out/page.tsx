import type { Metadata } from "next";
import Link from "next/link";
import { SessionEnded } from "@/components/auth/session-ended";

export const metadata: Metadata = { title: "ログアウトしました", robots: { index: false, follow: false } };

/** Where signing out ends: said plainly, with the way back in. */
export default function SignedOutPage() {
  return (
    <div className="mx-auto max-w-measure px-gutter py-section">
      <SessionEnded />
      <h1 className="text-2xl font-bold">ログアウトしました</h1>
      <p className="mt-4 leading-loose">
        この端末からのログインを終えました。記録はそのまま残っています。また書きたくなったら、メールアドレスからログインできます。
      </p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link href="/signin?callbackUrl=%2Fmembers" className="btn-primary">
          もう一度ログインする
        </Link>
        <Link href="/" className="btn-secondary">
          記事を読む
        </Link>
      </p>
    </div>
  );
}
