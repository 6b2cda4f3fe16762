import type { Metadata } from "next";
import { ChangeEmailForm } from "@/components/members/change-email-form";
import { DeleteAccountForm } from "@/components/members/delete-account-form";
import { PageHeader } from "@/components/members/page-header";
import { ReminderSettings } from "@/components/members/reminder-settings";
import { SignOutSection } from "@/components/members/sign-out-section";
import { deleteAccountAction, requestEmailChangeAction } from "@/lib/account/actions";
import { accountSummary } from "@/lib/account/delete-account";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "アカウント" };

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const changed = firstParam((await searchParams).email) === "changed";
  const user = await requireUser("/members/account");
  const summary = await accountSummary(user.id);
  const what = [
    `ジャーナルの記録${summary.entries}件`,
    `価値観の順位${summary.rankings}回分`,
    `ダウンロードの履歴${summary.downloads}件`,
  ].join("、");

  return (
    <div className="mx-auto max-w-2xl space-y-10 px-gutter py-8">
      <div>
        <PageHeader title="アカウント" />
        <dl className="rounded-2xl border border-line bg-card p-4">
          <dt className="text-sm text-muted">ログイン中のメールアドレス</dt>
          <dd className="mt-1 font-bold break-all" data-testid="account-email">
            {user.email}
          </dd>
        </dl>
        {changed ? (
          <p role="status" className="mt-3 rounded-md border border-line bg-accent-soft p-3">
            メールアドレスを変更しました。次からはこのアドレスでログインしてください。
          </p>
        ) : null}
      </div>

      <section aria-labelledby="change-email">
        <h2 id="change-email" className="text-lg font-bold">
          メールアドレスの変更
        </h2>
        <p className="mt-2 leading-relaxed text-muted">
          新しいアドレスに確認のメールを送ります。そのメールのリンクで確かめるまで、アドレスは変わりません。記録やログイン状態はそのまま引き継がれます。
        </p>
        <ChangeEmailForm request={requestEmailChangeAction} />
      </section>

      <ReminderSettings userId={user.id} />

      <section aria-labelledby="export">
        <h2 id="export" className="text-lg font-bold">
          記録を書き出す
        </h2>
        <p className="mt-2 leading-relaxed text-muted">
          {what}を、ひとつのファイルとして保存できます。Markdown
          はそのまま読んだり、メモアプリに貼ったりするのに、JSON は別のサービスへ移すのに向いています。
        </p>
        <p className="mt-4 flex flex-wrap gap-3">
          <a href="/members/account/export?format=markdown" download className="btn-primary">
            Markdown で書き出す
          </a>
          <a href="/members/account/export?format=json" download className="btn-secondary">
            JSON で書き出す
          </a>
        </p>
      </section>

      <SignOutSection email={user.email} />

      <section aria-labelledby="delete" className="rounded-2xl border border-danger/30 p-4 sm:p-6">
        <h2 id="delete" className="text-lg font-bold text-danger">
          アカウントの削除
        </h2>
        <p className="mt-2 leading-relaxed">
          {what}
          を含め、あなたに関するデータをすべて削除します。残しておきたいものは、先に上の「記録を書き出す」で保存してください(どちらの形式にも、記録・価値観の順位・ダウンロードの履歴がすべて入ります)。
        </p>
        <div className="mt-4">
          <DeleteAccountForm userId={user.id} summary={what} remove={deleteAccountAction} />
        </div>
      </section>
    </div>
  );
}
