import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { callbackPathFrom } from "@/lib/auth/callback-url";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { serverEnv } from "@/lib/env";
import { durationJa } from "@/lib/mail/templates/sign-in";

export const metadata: Metadata = { title: "ログインできませんでした" };

interface Explanation {
  title: string;
  body: string;
}

function explain(error: string, reason: string, validity: string): Explanation {
  if (error === "Verification") {
    switch (reason) {
      case "expired":
        return {
          title: "リンクの有効期限が切れています",
          body: `ログイン用のリンクは、送信から${validity}のあいだだけ使えます。下のボタンで新しいリンクをお送りします。`,
        };
      case "used":
        return {
          title: "このリンクはすでに使われています",
          body: "ログイン用のリンクは1回だけ使えます。新しいリンクを受け取った後に前のリンクを開いた場合も、この表示になります。すでにログインしている場合は、そのままお使いいただけます。",
        };
      case "invalid":
        return {
          title: "このリンクは使えません",
          body: "リンクが途中で切れているか、別のメールアドレスあてのリンクです。メールのリンクをそのまま開くか、下のボタンで新しいリンクをお送りします。",
        };
      default:
        return {
          title: "このリンクは使えません",
          body: `有効期限(送信から${validity})が切れたか、すでに使われたか、リンクが正しくない可能性があります。下のボタンで新しいリンクをお送りします。`,
        };
    }
  }
  if (error === "EmailSignin") {
    return {
      title: "メールを送れませんでした",
      body: "ただいまメールを送れません。少し時間をおいてから、もう一度お試しください。",
    };
  }
  if (error === "EmailAddress") {
    return {
      title: "メールアドレスをご確認ください",
      body: "入力されたメールアドレスの形が正しくないようです。もう一度入力してください。",
    };
  }
  return {
    title: "ログインできませんでした",
    body: "問題が起きたため、ログインできませんでした。少し時間をおいてから、もう一度お試しください。",
  };
}

export default async function SignInErrorPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const validity = durationJa(serverEnv().signInLinkMaxAgeSeconds);
  const { title, body } = explain(firstParam(params.error), firstParam(params.reason), validity);
  const email = firstParam(params.email).slice(0, 254);
  const callbackPath = callbackPathFrom(firstParam(params.callbackUrl));

  return (
    <>
      <p className="text-sm font-bold text-accent">ログイン</p>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      <p className="mt-4">{body}</p>
      <section aria-labelledby="new-link" className="mt-8 rounded-lg border border-line bg-card p-5">
        <h2 id="new-link" className="text-lg font-bold">
          新しいリンクを受け取る
        </h2>
        <SignInForm callbackPath={callbackPath} defaultEmail={email} submitLabel="新しいリンクを送る" />
      </section>
      <p className="mt-8">
        <Link href="/">ホームへ戻る</Link>
      </p>
    </>
  );
}
