import { signInHref } from "@/lib/content/links";

/**
 * The site's free membership, as it really is: email sign-in, the private journal, the member
 * downloads. Which files exist is the downloads catalogue's business, so none is named here.
 */
export function MembershipInvitation({
  headingId,
  returnTo = "/members",
}: {
  headingId: string;
  /** Where sign-in brings the new member back to. */
  returnTo?: string;
}) {
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-card p-6 sm:p-8">
      <p className="text-sm font-bold text-accent">無料メンバー登録</p>
      <h2 id={headingId} className="mt-1 text-xl leading-relaxed font-bold sm:text-2xl">
        自分らしい働き方を、
        <wbr />
        書きながら
        <wbr />
        見つけていく
      </h2>
      <p className="mt-3 leading-loose">
        メールアドレスだけで登録できます。パスワードはいりません。料金もかかりません。
      </p>
      <ul className="mt-4 space-y-3">
        <li className="border-l-4 border-accent-soft pl-4">
          <strong className="block">メールで届くリンクからログイン</strong>
          <span className="text-muted">入力したアドレスに届くリンクを開くだけです。</span>
        </li>
        <li className="border-l-4 border-accent-soft pl-4">
          <strong className="block">キャリアのふりかえりジャーナル</strong>
          <span className="text-muted">
            記事の問いに答えて、自分にとって何が大事かを書きとめられます。書いた内容はあなただけが読めます。
          </span>
        </li>
        <li className="border-l-4 border-accent-soft pl-4">
          <strong className="block">メンバー限定の資料</strong>
          <span className="text-muted">これからの働き方を考えるための資料をダウンロードできます。</span>
        </li>
      </ul>
      <p className="mt-6">
        <a href={signInHref(returnTo)} className="btn-primary">
          メールアドレスで無料登録する
        </a>
      </p>
      <p className="mt-3 text-sm text-muted">すでにメンバーの方も、同じボタンからログインできます。</p>
    </section>
  );
}
