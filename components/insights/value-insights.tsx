import Link from "next/link";
import type { ValueInsights } from "@/lib/insights";
import {
  MIN_SIDE_DAYS,
  rankingChangeText,
  TENDENCY_THRESHOLD,
  valueFigures,
  valueSentence,
} from "@/lib/insights/value-sentences";
import { OFTEN_ENTRIES } from "@/lib/insights/values";
import { valueLabel } from "@/lib/journal/values";

// Her values in sentences with their numbers beside them. What the words mean (the threshold,
// how many days are enough) is said on the page, so nothing reads as a verdict.

export function ValueInsightsSection({ insights }: { insights: ValueInsights }) {
  if (!insights.latest || insights.latest.keys.length === 0) {
    return (
      <p className="rounded-xl bg-sage-soft p-4 leading-relaxed">
        大事にしたい価値観の順位を一度つけると、ここに表示されます。
        <Link href="/members/values" className="ml-1 inline-flex min-h-11 items-center">
          価値観の順位をつける
        </Link>
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <ol className="space-y-3" aria-label="いまの5つの価値観と記録">
        {insights.ranked.map((v) => (
          <li key={v.key} className="rounded-xl border border-line bg-card p-4">
            <p className="leading-relaxed">{valueSentence(v.rank, v.key, v.last30, v.tendency)}</p>
            <p className="mt-1 text-sm text-muted">{valueFigures(v.last90, v.comparison)}</p>
          </li>
        ))}
      </ol>
      <p className="text-sm leading-relaxed text-muted">
        気分の比べかたについて: この90日で気分を記録した日（いま{insights.moodDays90}
        日）を、その価値観を付けた記録がある日とない日に分けて平均しています。平均の差が{TENDENCY_THRESHOLD}
        以上なら「傾向」、それより小さければ「大きな差はありません」と書きます。どちらの側も{MIN_SIDE_DAYS}
        日以上あるときだけ比べます。
      </p>

      <section aria-labelledby="ranking-changes">
        <h3 id="ranking-changes" className="font-bold">
          順位の移り変わり
        </h3>
        {insights.previous ? (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {insights.changes.map((change) => (
              <li key={`${change.kind}-${change.key}`}>{rankingChangeText(change)}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">
            順位をつけたのはまだ1回です。次に順位をつけ直すと、前回からの変化がここに表示されます。
          </p>
        )}
      </section>

      <section aria-labelledby="unranked-values">
        <h3 id="unranked-values" className="font-bold">
          よく書いているけれど、順位にはない価値観
        </h3>
        {insights.unranked.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {insights.unranked.map((u) => (
              <li key={u.key}>{`『${valueLabel(u.key)}』 この90日で${u.last90}件`}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">
            {`この90日で${OFTEN_ENTRIES}件以上書いていて、まだ順位に入れたことのない価値観はありません。`}
          </p>
        )}
      </section>
    </div>
  );
}
