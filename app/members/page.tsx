import type { Metadata } from "next";
import Link from "next/link";
import { EntryCard } from "@/components/journal/entry-card";
import { requireUser } from "@/lib/auth/session";
import { promptOfTheDay } from "@/lib/content/prompts";
import { ANSWER_PROMPT } from "@/lib/content/words";
import { answeredPrompts } from "@/lib/journal/answered-prompts";
import { formatDayJa, tokyoDay } from "@/lib/journal/dates";
import { listEntries } from "@/lib/journal/entries";
import { listRankings } from "@/lib/journal/rankings";
import { journalStats, valueUsage } from "@/lib/journal/stats";
import { valueLabel } from "@/lib/journal/values";

export const metadata: Metadata = { title: "メンバーホーム" };

export default async function MembersHomePage() {
  const user = await requireUser("/members");
  const today = tokyoDay();
  const [stats, latest, rankings, usage, answered] = await Promise.all([
    journalStats(user.id, today),
    listEntries(user.id, { q: null, value: null, month: null, day: null }, { limit: 3 }),
    listRankings(user.id, 1),
    valueUsage(user.id),
    answeredPrompts(user.id),
  ]);
  const prompt = promptOfTheDay(today);
  const answer = answered[prompt.id];
  const ranking = rankings[0];
  const firstTime = stats.total === 0 && !ranking;

  return (
    <div className="mx-auto max-w-2xl space-y-8 px-gutter py-8">
      <header>
        <p className="text-sm text-muted">{formatDayJa(today)}</p>
        <h1 className="mt-1 text-2xl font-bold">{firstTime ? "ようこそ、Sentaku へ" : "おかえりなさい"}</h1>
      </header>

      {firstTime ? (
        <section aria-labelledby="welcome" className="rounded-2xl bg-sage-soft p-5">
          <h2 id="welcome" className="font-bold text-sage">
            はじめての方へ
          </h2>
          <p className="mt-2 leading-relaxed">
            ここは、あなただけのキャリアノートです。書いた内容は、あなた以外の誰にも見えません。
            まずはワークシートをダウンロードして、紙の上でゆっくり考えてみるのもおすすめです。
          </p>
          <p className="mt-4 flex flex-wrap gap-3">
            <Link href="/members/downloads" className="btn-primary">
              ワークシートをダウンロード
            </Link>
            <Link href="/members/values" className="btn-secondary">
              大事な価値観を選ぶ
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="prompt-of-the-day" className="rounded-2xl border border-line bg-card p-5">
        <h2 id="prompt-of-the-day" className="text-sm font-bold text-accent">
          今日の問い
        </h2>
        <p className="mt-2 text-lg leading-relaxed">{prompt.text}</p>
        {answer ? (
          <p className="mt-3 text-sm font-bold text-sage" data-testid="prompt-answered">
            回答済み({formatDayJa(answer.entryDate)})
          </p>
        ) : null}
        <p className="mt-4 flex flex-wrap gap-3">
          {answer ? (
            <Link href={`/members/journal/${answer.entryId}`} className="btn-primary">
              書いた記録を見る
            </Link>
          ) : null}
          <Link
            href={`/members/journal/new?prompt=${encodeURIComponent(prompt.id)}`}
            className={answer ? "btn-secondary" : "btn-primary"}
          >
            {answer ? "もう一度答える" : ANSWER_PROMPT}
          </Link>
        </p>
      </section>

      <section aria-labelledby="this-month">
        <h2 id="this-month" className="sr-only">
          記録のようす
        </h2>
        <dl className="grid grid-cols-2 gap-3">
          <div className="rounded-2xl border border-line bg-card p-4">
            <dt className="text-sm text-muted">今月の記録</dt>
            <dd className="mt-1 text-2xl font-bold">
              {stats.thisMonth}
              <span className="ml-1 text-base font-normal">件</span>
            </dd>
          </div>
          <div className="rounded-2xl border border-line bg-card p-4">
            <dt className="text-sm text-muted">続けて書いた日数</dt>
            <dd className="mt-1 text-2xl font-bold">
              {stats.streak}
              <span className="ml-1 text-base font-normal">日</span>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="latest">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="latest" className="text-lg font-bold">
            最近の記録
          </h2>
          {stats.total > 0 ? <Link href="/members/journal">すべて見る</Link> : null}
        </div>
        {latest.items.length > 0 ? (
          <ul className="mt-3 space-y-3">
            {latest.items.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 rounded-2xl border border-dashed border-line px-5 py-6 text-center text-muted">
            まだ記録はありません。今日の問いから書き始めてみませんか。
          </p>
        )}
      </section>

      <section aria-labelledby="top-values">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="top-values" className="text-lg font-bold">
            大事にしている価値観
          </h2>
          <Link href="/members/values">{ranking ? "見直す" : "選ぶ"}</Link>
        </div>
        {ranking ? (
          <ol className="mt-3 space-y-2">
            {ranking.keys.map((key, index) => (
              <li
                key={key}
                className="flex items-center gap-3 rounded-xl border border-line bg-card px-4 py-2.5"
              >
                <span className="flex size-7 items-center justify-center rounded-full bg-accent-soft text-sm font-bold text-accent-strong">
                  {index + 1}
                </span>
                {valueLabel(key)}
              </li>
            ))}
          </ol>
        ) : usage.length > 0 ? (
          <>
            <p className="mt-2 text-sm text-muted">記録によく付けている価値観です。</p>
            <ol className="mt-2 flex flex-wrap gap-2">
              {usage.slice(0, 5).map((u) => (
                <li key={u.key} className="rounded-full bg-sage-soft px-3 py-1 text-sage">
                  {valueLabel(u.key)} <span className="text-sm">({u.count})</span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="mt-2 text-muted">いちばん大事な価値観を5つ選ぶと、ここに表示されます。</p>
        )}
      </section>
    </div>
  );
}
