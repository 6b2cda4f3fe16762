import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { callbackPathFrom } from "@/lib/auth/callback-url";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { getCurrentUser } from "@/lib/auth/session";
import { serverEnv } from "@/lib/env";
import { durationJa } from "@/lib/mail/templates/sign-in";

export const metadata: Metadata = { title: "ログイン" };

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackPath = callbackPathFrom(firstParam(params.callbackUrl));
  if (await getCurrentUser()) redirect(callbackPath);

  const validity = durationJa(serverEnv().signInLinkMaxAgeSeconds);
  // NextAuth sends a request with a missing or stale CSRF token back here with ?csrf=true.
  const retry = firstParam(params.csrf) === "true" || firstParam(params.error) !== "";

  return (
    <>
      <h1 className="text-2xl font-bold">ログイン</h1>
      <p className="mt-4">
        メールアドレスを入力してください。ログイン用のリンクをお送りします。パスワードはいりません。はじめての方も同じ手順でメンバーになれます(無料)。
      </p>
      {retry ? (
        <p className="mt-4 rounded-md border border-line bg-accent-soft p-3" role="status">
          もう一度お試しください。ページを開いたまま時間がたつと、送信できないことがあります。
        </p>
      ) : null}

      <SignInForm callbackPath={callbackPath} />

      <section aria-labelledby="what-happens" className="mt-10">
        <h2 id="what-happens" className="text-lg font-bold">
          このあとの流れ
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          <li>入力したアドレスに、ログイン用のリンクが書かれたメールが届きます。</li>
          <li>
            メールのリンクを開き、表示されたページの「ログインする」ボタンを押します。リンクは{validity}
            のあいだ、1回だけ使えます。
          </li>
          <li>ログインが済むと、元のページに戻ります。</li>
        </ol>
      </section>

      <section aria-labelledby="privacy" className="mt-8 rounded-lg border border-line bg-card p-4 text-sm">
        <h2 id="privacy" className="font-bold">
          メールアドレスの取り扱い
        </h2>
        <p className="mt-2">
          メールアドレスはログインのためだけに使います。公開したり、第三者に渡したりすることはありません。メンバーかどうかを、このページからほかの人が知ることもできません。
        </p>
      </section>
    </>
  );
}
