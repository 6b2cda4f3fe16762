import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConfirmSignInForm } from "@/components/auth/confirm-sign-in-form";
import { callbackPathFrom, emailCallbackPath, errorPagePath } from "@/lib/auth/callback-url";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { checkSignInLink } from "@/lib/auth/verification";

export const metadata: Metadata = { title: "ログインの確認" };

/**
 * Where the emailed link leads. Opening it (as mail scanners and in-app browsers do) only shows
 * this page; the token is used when the button posts it.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = firstParam(params.token);
  const email = firstParam(params.email);
  const callbackPath = callbackPathFrom(firstParam(params.callbackUrl));

  const problem = await checkSignInLink({ token, email });
  if (problem) redirect(errorPagePath(problem, email, callbackPath));

  return (
    <>
      <h1 className="text-2xl font-bold">ログインを完了します</h1>
      <p className="mt-4">次のメールアドレスでログインします。</p>
      <p className="mt-2 rounded-lg border border-line bg-card p-4 text-lg font-bold break-all">{email}</p>
      <p className="mt-4">ボタンを押すとログインが済み、元のページに戻ります。</p>
      <ConfirmSignInForm action={emailCallbackPath({ token, email, callbackPath })} />
      <p className="mt-8 text-sm text-muted">
        ログインをお願いした覚えがない場合は、ボタンを押さずにこのページを閉じてください。
        <Link href="/">ホームへ戻る</Link>
      </p>
    </>
  );
}
