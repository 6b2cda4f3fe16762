import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { type SearchParams, firstParam } from "@/lib/auth/search-params";
import { serverAuthSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { formatJapaneseDateTime } from "@/lib/dates";
import { mayReadDevOutbox } from "@/lib/mail/dev-outbox";
import { recentOutboxMessages } from "@/lib/mail/outbox";

export const metadata: Metadata = {
  title: "送信済みメール(開発用)",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * The local outbox: what the site would have mailed, for the person running it on this machine.
 * Anyone else, and every server with EMAIL_SERVER or a public address, gets a 404.
 */
export default async function DevOutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const key = firstParam((await searchParams).key);
  if (!mayReadDevOutbox(serverEnv(), serverAuthSecret(), { headers: await headers(), key })) notFound();
  const messages = await recentOutboxMessages(db);

  return (
    <div className="mx-auto max-w-page px-gutter py-section">
      <h1 className="text-2xl font-bold">送信済みメール(開発用)</h1>
      <p className="mt-3 text-muted">
        EMAIL_SERVER が設定されていないため、メールは送られずにここに保存されています。新しい順に 50
        件まで表示します。
      </p>
      {messages.length === 0 ? (
        <p className="mt-8">まだメールはありません。</p>
      ) : (
        <ol className="mt-8 space-y-6">
          {messages.map((message) => {
            const link = /https?:\/\/\S+/.exec(message.text)?.[0];
            return (
              <li key={message.id} className="rounded-lg border border-line bg-card p-5">
                <p className="text-sm text-muted">
                  <time dateTime={message.createdAt.toISOString()}>
                    {formatJapaneseDateTime(message.createdAt)}
                  </time>
                  {" · "}
                  宛先 <span className="break-all">{message.to}</span>
                </p>
                <h2 className="mt-1 text-lg font-bold">{message.subject}</h2>
                {link ? (
                  <p className="mt-3 break-all">
                    <a href={link}>{link}</a>
                  </p>
                ) : null}
                <details className="mt-3">
                  <summary className="cursor-pointer">本文(テキスト)</summary>
                  <pre className="mt-2 overflow-x-auto text-sm whitespace-pre-wrap">{message.text}</pre>
                </details>
                {message.html ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer">本文(HTML)</summary>
                    {/* sandbox without allow-scripts: the mail's HTML is shown, never run. */}
                    <iframe
                      title={`${message.subject} の HTML 版`}
                      sandbox=""
                      srcDoc={message.html}
                      className="mt-2 h-[36rem] w-full rounded border border-line bg-white"
                    />
                  </details>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
