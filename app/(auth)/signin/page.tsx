import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { callbackPathFrom } from "@/lib/auth/callback-url";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { getCurrentUser } from "@/lib/auth/session";
import { getPrompt } from "@/lib/content/prompts";
import { serverEnv } from "@/lib/env";
import { durationJa } from "@/lib/mail/templates/sign-in";

export const metadata: Metadata = { title: "メンバー登録・ログイン" };

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
      <h1 className="text-2xl font-bold">メンバー登録・ログイン</h1>
      {prompt ? (
        <p className="mt-4 font-bold" data-testid="sign-in-purpose">
          『{prompt}』に答えるためにログインします
        </p>
      ) : null}
      <p className="mt-4">
        メールアドレスに届くコードかリンクでログインします。はじめての方も同じ手順で、無料で登録できます。
      </p>
      {retry ? (
        <p className="mt-4 rounded-md border border-line bg-accent-soft p-3" role="status">
          もう一度お試しください。ページを開いたまま時間がたつと、送信できないことがあります。
        </p>
      ) : null}

      <SignInForm callbackPath={callbackPath} />

      <p className="mt-8 text-sm text-muted">
        コードとリンクは{validity}のあいだ1回だけ使えます。アドレスはログインにだけ使い、公開しません。
      </p>
    </>
  );
}
