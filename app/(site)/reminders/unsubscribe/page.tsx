import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { reminderState } from "@/lib/reminders/queries";
import { memberOfUnsubscribeToken } from "@/lib/reminders/unsubscribe";

export const metadata: Metadata = { title: "お知らせメールの停止", robots: { index: false, follow: false } };

function Done({ missing }: { missing: boolean }) {
  return (
    <>
      <h1 className="text-2xl font-bold">
        {missing ? "お知らせの設定が見つかりません" : "お知らせを止めました"}
      </h1>
      <p role="status" className="mt-4 leading-relaxed">
        {missing
          ? "アカウントがすでに削除されているかもしれません。これからお知らせのメールが届くことはありません。"
          : "これからは、問いのお知らせメールをお送りしません。また受け取りたくなったら、アカウントのページでいつでも設定できます。"}
      </p>
      <p className="mt-8 flex flex-wrap gap-3">
        <Link href="/members/account#reminders" className="btn-secondary">
          アカウントのページへ
        </Link>
        <Link href="/" className="btn-secondary">
          ホームへ
        </Link>
      </p>
    </>
  );
}

/**
 * Where the "stop" link of a reminder leads, and where GET /api/reminders/unsubscribe sends link
 * scanners: it only asks. The button posts to the one-click endpoint, which needs no session.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const done = firstParam(params.done);
  const token = firstParam(params.token) ?? "";
  let body: React.ReactNode;
  if (done === "1" || done === "missing") {
    body = <Done missing={done === "missing"} />;
  } else {
    const userId = memberOfUnsubscribeToken(token);
    const state = userId ? await reminderState(userId) : "missing";
    if (state === "missing") notFound();
    body = (
      <>
        <h1 className="text-2xl font-bold">お知らせメールの停止</h1>
        {state === "off" ? (
          <p role="status" className="mt-4 leading-relaxed">
            問いのお知らせメールは、すでに止まっています。これ以上の手続きはいりません。
          </p>
        ) : (
          <>
            <p className="mt-4 leading-relaxed">
              問いのお知らせメールを止めますか?ログインしなくても、下のボタンで止められます。記録はそのまま残ります。
            </p>
            <form
              method="post"
              action={`/api/reminders/unsubscribe?token=${encodeURIComponent(token)}`}
              className="mt-6"
            >
              <input type="hidden" name="List-Unsubscribe" value="One-Click" />
              <input type="hidden" name="via" value="page" />
              <button type="submit" className="btn-primary">
                お知らせを止める
              </button>
            </form>
          </>
        )}
        <p className="mt-8">
          <Link href="/members/account#reminders">曜日や時間を変えたいときは、アカウントのページへ</Link>
        </p>
      </>
    );
  }
  return <div className="mx-auto max-w-measure px-gutter py-section">{body}</div>;
}
