import Link from "next/link";

/** A forged, altered or outdated unsubscribe link: answered 404, in words, never a crash. */
export default function UnsubscribeLinkNotFound() {
  return (
    <div className="mx-auto max-w-measure px-gutter py-section">
      <h1 className="text-2xl font-bold">このリンクは使えません</h1>
      <p className="mt-4 leading-relaxed">
        お知らせを止めるリンクが正しくないか、アカウントがすでに削除されています。メールにあったリンクをそのまま開くか、ログインしてアカウントのページから設定を変えてください。
      </p>
      <p className="mt-8 flex flex-wrap gap-3">
        <Link href="/members/account#reminders" className="btn-secondary">
          アカウントのページへ
        </Link>
        <Link href="/" className="btn-secondary">
          ホームへ
        </Link>
      </p>
    </div>
  );
}
