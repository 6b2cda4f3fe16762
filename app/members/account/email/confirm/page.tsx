import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmEmailChangeForm } from "@/components/members/confirm-email-change-form";
import { confirmEmailChangeAction } from "@/lib/account/actions";
import { emailChangePath, findEmailChange } from "@/lib/account/email-change";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "メールアドレスの変更", referrer: "same-origin" };

/**
 * Where the link mailed to the new address leads. She must be signed in to the account that asked
 * (a link forwarded to someone else changes nothing), and opening the page changes nothing: the
 * button does, so a mail scanner fetching the link cannot.
 */
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token).slice(0, 128);
  const user = await requireUser(emailChangePath(token));
  const found = await findEmailChange(user.id, token);

  if (typeof found === "string") {
    return (
      <div className="mx-auto max-w-2xl px-gutter py-8">
        <h1 className="text-2xl font-bold">このリンクは使えません</h1>
        <p className="mt-4">
          {found === "expired"
            ? "確認のリンクの有効期限が切れています。"
            : "すでに使われたか、いまログインしているのとは別のアカウントのためのリンクです。"}
          アカウントのページから、もう一度お手続きください。
        </p>
        <p className="mt-6">
          <Link href="/members/account" className="btn-secondary">
            アカウントのページへ
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-2xl px-gutter py-8">
      <h1 className="text-2xl font-bold">メールアドレスを変更します</h1>
      <dl className="mt-4 rounded-2xl border border-line bg-card p-4">
        <dt className="text-sm text-muted">いまのアドレス</dt>
        <dd className="mt-1 break-all">{user.email}</dd>
        <dt className="mt-3 text-sm text-muted">新しいアドレス</dt>
        <dd className="mt-1 font-bold break-all">{found.newEmail}</dd>
      </dl>
      <p className="mt-4">
        記録やログイン状態はそのまま引き継がれます。次からは新しいアドレスでログインします。
      </p>
      <ConfirmEmailChangeForm token={token} confirm={confirmEmailChangeAction} />
    </div>
  );
}
