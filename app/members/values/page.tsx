import type { Metadata } from "next";
import { PageHeader } from "@/components/members/page-header";
import { RankingForm } from "@/components/journal/ranking-form";
import { requireUser } from "@/lib/auth/session";
import { saveRankingAction } from "@/lib/journal/actions";
import { formatDateTimeJa } from "@/lib/journal/dates";
import { listRankings, type Ranking } from "@/lib/journal/rankings";
import { valueOptions, valueUsage } from "@/lib/journal/stats";
import { valueLabel, valueOption } from "@/lib/journal/values";

export const metadata: Metadata = { title: "価値観" };

/** How a value moved since the ranking before, in words as well as arrows. */
function movement(
  key: string,
  index: number,
  older: Ranking | undefined,
): { mark: string; label: string } | null {
  if (!older) return null;
  const before = older.keys.indexOf(key);
  if (before === -1) return { mark: "新", label: "前回の順位にはなし" };
  if (before > index) return { mark: `↑${before - index}`, label: `前回より${before - index}つ上` };
  if (before < index) return { mark: `↓${index - before}`, label: `前回より${index - before}つ下` };
  return { mark: "→", label: "前回と同じ" };
}

export default async function ValuesPage() {
  const user = await requireUser("/members/values");
  const [rankings, options, usage] = await Promise.all([
    listRankings(user.id),
    valueOptions(user.id),
    valueUsage(user.id),
  ]);
  const latest = rankings[0];
  for (const key of latest?.keys ?? [])
    if (!options.some((o) => o.key === key)) options.push(valueOption(key));

  return (
    <div className="mx-auto max-w-2xl space-y-10 px-gutter py-8">
      <div>
        <PageHeader title="大事にしたい価値観" />
        <p className="-mt-3 mb-6 leading-relaxed text-muted">
          迷ったときの物差しになる価値観を、大事な順に5つまで選びます。気持ちは変わっていいもの。選ぶたびに記録が残り、優先順位の移り変わりを振り返れます。
        </p>
        <div className="rounded-2xl border border-line bg-card p-4 sm:p-6">
          <RankingForm options={options} initial={latest?.keys ?? []} save={saveRankingAction} />
        </div>
      </div>

      {usage.length > 0 ? (
        <section aria-labelledby="usage">
          <h2 id="usage" className="text-lg font-bold">
            記録に付けた価値観
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {usage.slice(0, 12).map((u) => (
              <li key={u.key} className="rounded-full bg-sage-soft px-3 py-1 text-sage">
                {valueLabel(u.key)} <span className="text-sm">{u.count}件</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="history">
        <h2 id="history" className="text-lg font-bold">
          順位の履歴
        </h2>
        {rankings.length === 0 ? (
          <p className="mt-2 text-muted">まだ記録がありません。上で選んで記録すると、ここに残ります。</p>
        ) : (
          <ol className="mt-3 space-y-4">
            {rankings.map((ranking, r) => (
              <li key={ranking.id} className="rounded-2xl border border-line bg-card p-4">
                <h3 className="text-sm text-muted">
                  <time dateTime={ranking.createdAt.toISOString()}>
                    {formatDateTimeJa(ranking.createdAt)}
                  </time>
                  {r === 0 ? <span className="ml-2 font-bold text-accent">いまの順位</span> : null}
                </h3>
                <ol className="mt-2 space-y-1">
                  {ranking.keys.map((key, index) => {
                    const move = movement(key, index, rankings[r + 1]);
                    return (
                      <li key={key} className="flex items-center gap-3">
                        <span className="w-8 shrink-0 font-bold text-accent-strong">{index + 1}位</span>
                        <span className="flex-1">{valueLabel(key)}</span>
                        {move ? (
                          <span className="text-sm text-muted">
                            <span aria-hidden="true">{move.mark}</span>
                            <span className="sr-only">{move.label}</span>
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
