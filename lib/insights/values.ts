import "server-only";
import { db } from "@/lib/db/client";
import { listRankings, type Ranking } from "@/lib/journal/rankings";
import { dayMoods } from "./day-moods";
import { mean } from "./mood-scale";
import { lastDays } from "./periods";
import {
  type MoodComparison,
  type RankingChange,
  rankingChanges,
  tendencyOf,
  type Tendency,
} from "./value-sentences";

// Her values, lived and ranked: how often the values of her latest top five appear in her
// entries, her mood on the days they do, how the ranking moved, and what she writes about often
// without having ranked it.

/** Entries in 90 days that make a value "often written about". */
export const OFTEN_ENTRIES = 3;
// Rankings are saved by hand, a few a year; this bounds the read, not her history.
const RANKING_HISTORY = 500;

export interface RankedValue {
  rank: number;
  key: string;
  last30: number;
  last90: number;
  comparison: MoodComparison;
  tendency: Tendency;
}

export interface ValueInsights {
  latest: Ranking | null;
  previous: Ranking | null;
  ranked: RankedValue[];
  changes: RankingChange[];
  /** Keys with ≥ OFTEN_ENTRIES entries in 90 days that none of her rankings ever held. */
  unranked: { key: string; last90: number }[];
  /** Days with a mood in the 90-day window. */
  moodDays90: number;
}

export async function valueInsights(userId: string, today: string): Promise<ValueInsights> {
  const window90 = lastDays(today, 90);
  const from30 = lastDays(today, 30).from;
  const [rankings, tags, moods] = await Promise.all([
    listRankings(userId, RANKING_HISTORY),
    db.entryValue.findMany({
      where: { userId, entry: { userId, entryDate: { gte: window90.from, lt: window90.to } } },
      select: { key: true, entry: { select: { entryDate: true } } },
    }),
    dayMoods(userId, window90.from, window90.to),
  ]);

  const count30 = new Map<string, number>();
  const count90 = new Map<string, number>();
  const daysWith = new Map<string, Set<string>>();
  for (const tag of tags) {
    const day = tag.entry.entryDate;
    count90.set(tag.key, (count90.get(tag.key) ?? 0) + 1);
    if (day >= from30) count30.set(tag.key, (count30.get(tag.key) ?? 0) + 1);
    const days = daysWith.get(tag.key) ?? new Set<string>();
    days.add(day);
    daysWith.set(tag.key, days);
  }

  const latest = rankings[0] ?? null;
  const previous = rankings[1] ?? null;
  const ranked = (latest?.keys ?? []).map((key, i): RankedValue => {
    const days = daysWith.get(key) ?? new Set<string>();
    const withMoods: number[] = [];
    const withoutMoods: number[] = [];
    for (const [day, mood] of moods) (days.has(day) ? withMoods : withoutMoods).push(mood);
    const comparison: MoodComparison = {
      withAverage: mean(withMoods),
      withDays: withMoods.length,
      withoutAverage: mean(withoutMoods),
      withoutDays: withoutMoods.length,
    };
    return {
      rank: i + 1,
      key,
      last30: count30.get(key) ?? 0,
      last90: count90.get(key) ?? 0,
      comparison,
      tendency: tendencyOf(comparison),
    };
  });

  const everRanked = new Set(rankings.flatMap((r) => r.keys));
  const unranked = [...count90]
    .filter(([key, n]) => n >= OFTEN_ENTRIES && !everRanked.has(key))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => ({ key, last90: n }));

  return {
    latest,
    previous,
    ranked,
    changes: latest && previous ? rankingChanges(latest.keys, previous.keys) : [],
    unranked,
    moodDays90: moods.size,
  };
}
