import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { callbackPathFrom } from "@/lib/auth/callback-url";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { getCurrentUser } from "@/lib/auth/session";
import { getPrompt } from "@/lib/content/prompts";
import { serverEnv } from "@/lib/env";
import { durationJa } from "@/lib/mail/templates/sign-in";

export const metadata: Metadata = { title: "ログイン／無料登録" };

/** The prompt she is signing in to answer, when she came from one. */
function promptFor(callbackPath: string): string | null {
  const target = new URL(callbackPath, "http://sentaku.invalid");
  if (target.pathname !== "/members/journal/new") return null;
  return getPrompt(target.searchParams.get("prompt") ?? "")?.text ?? null;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackPath = callbackPathFrom(firstParam(params.callbackUrl));
  if (await getCurrentUser()) redirect(callbackPath);

  const prompt = promptFor(callbackPath);
  const validity = durationJa(serverEnv().signInLinkMaxAgeSeconds);
  // NextAuth sends a request with a missing or stale CSRF token back here with ?csrf=true.
  const retry = firstParam(params.csrf) === "true" || firstParam(params.error) !== "";

  return (
    <>
      <h1 className="text-2xl font-bold">ログイン／無料登録</h1>
      {prompt ? (
        <p className="mt-4 font-bold" data-testid="sign-in-purpose">
          『{prompt}』に答えるためにログインします
        </p>
      ) : null}
      <p className="mt-4">
        メールアドレスに、ログイン用のリンクと6桁のコードをお送りします。パスワードはいりません。はじめての方もこのまま無料で登録できます。
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
          <li>リンクとコードが書かれたメールが届きます。</li>
          <li>
            次の画面でコードを入力するか、メールのリンクを開きます。どちらも{validity}
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
