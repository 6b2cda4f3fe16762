import { valueLabel } from "@/lib/journal/values";
import { formatAverage } from "./mood-scale";

// Her values in plain Japanese sentences. They describe what her entries show, never judge her:
// a tendency is named only when both sides have enough days and the averages differ clearly.

/** Days with a mood each side (with the value / without) needs before the averages are compared. */
export const MIN_SIDE_DAYS = 3;
/** The smallest difference of averages, in mood steps, called a tendency. */
export const TENDENCY_THRESHOLD = 0.3;

export type Tendency = "better" | "similar" | "harder" | "not-enough";

export interface MoodComparison {
  withAverage: number | null;
  withDays: number;
  withoutAverage: number | null;
  withoutDays: number;
}

export function tendencyOf(c: MoodComparison): Tendency {
  if (c.withAverage === null || c.withoutAverage === null) return "not-enough";
  if (c.withDays < MIN_SIDE_DAYS || c.withoutDays < MIN_SIDE_DAYS) return "not-enough";
  // Compared as shown (one decimal), so the words always agree with the numbers beside them.
  const tenths = Math.round(c.withAverage * 10) - Math.round(c.withoutAverage * 10);
  if (tenths >= TENDENCY_THRESHOLD * 10) return "better";
  if (tenths <= -TENDENCY_THRESHOLD * 10) return "harder";
  return "similar";
}

const TENDENCY_TEXT: Record<Tendency, string> = {
  better: "その日の気分は、ほかの日よりよい傾向です。",
  similar: "その日の気分は、ほかの日と大きな差はありません。",
  harder: "その日の気分は、ほかの日よりしんどい傾向です。",
  "not-enough": "気分を比べるには、まだ記録が足りません。",
};

export function valueSentence(rank: number, key: string, last30: number, tendency: Tendency): string {
  return `${rank}位の『${valueLabel(key)}』は、この30日で${last30}件。${TENDENCY_TEXT[tendency]}`;
}

/** The numbers beside the sentence. */
export function valueFigures(last90: number, c: MoodComparison): string {
  return [
    `この90日で${last90}件`,
    `付けた日の気分 平均${formatAverage(c.withAverage)}（${c.withDays}日）`,
    `ほかの日 平均${formatAverage(c.withoutAverage)}（${c.withoutDays}日）`,
  ].join("・");
}

export type RankingChange =
  | { kind: "moved"; key: string; from: number; to: number }
  | { kind: "same"; key: string; rank: number }
  | { kind: "new"; key: string; rank: number }
  | { kind: "dropped"; key: string; from: number };

/** How the latest ranking differs from the one before, in the latest's order, dropped ones last. */
export function rankingChanges(latest: readonly string[], previous: readonly string[]): RankingChange[] {
  const changes: RankingChange[] = latest.map((key, i) => {
    const before = previous.indexOf(key);
    if (before === -1) return { kind: "new", key, rank: i + 1 };
    if (before === i) return { kind: "same", key, rank: i + 1 };
    return { kind: "moved", key, from: before + 1, to: i + 1 };
  });
  previous.forEach((key, i) => {
    if (!latest.includes(key)) changes.push({ kind: "dropped", key, from: i + 1 });
  });
  return changes;
}

export function rankingChangeText(change: RankingChange): string {
  const name = `『${valueLabel(change.key)}』`;
  switch (change.kind) {
    case "moved":
      return `${name}が${change.from}位から${change.to}位へ`;
    case "same":
      return `${name}は${change.rank}位のまま`;
    case "new":
      return `${name}が新しく${change.rank}位に`;
    case "dropped":
      return `${name}は今回の5つから外れました（前回${change.from}位）`;
  }
}
