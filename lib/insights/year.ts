import "server-only";
import { MOODS } from "@/lib/journal/limits";
import { dayMoods, entryDays } from "./day-moods";
import { roundedMood, type MoodValue } from "./mood-scale";
import { daysOf, yearRange } from "./periods";

// The year view: one square a day, coloured by the day's mood.

export interface YearDay {
  day: string;
  /** Entries that day (0: an outlined, empty square). */
  entries: number;
  /** The day's mood: its entries' average, rounded (mood-scale.ts); null without a mood. */
  mood: MoodValue | null;
}

export interface YearMonth {
  /** 1–12 */
  month: number;
  days: YearDay[];
  /** Days that show each mood, by mood value. */
  moods: Record<MoodValue, number>;
  /** Days with an entry but no mood. */
  noMood: number;
  /** Days with an entry. */
  written: number;
}

export interface YearView {
  year: number;
  months: YearMonth[];
  /** Days with an entry, and days with a mood, in the year. */
  writtenDays: number;
  moodDays: number;
  moods: Record<MoodValue, number>;
}

function emptyMoodCounts(): Record<MoodValue, number> {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

export async function moodYear(userId: string, year: number): Promise<YearView> {
  const range = yearRange(year);
  const [entries, moods] = await Promise.all([
    entryDays(userId, range.from, range.to),
    dayMoods(userId, range.from, range.to),
  ]);
  const months: YearMonth[] = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    days: [],
    moods: emptyMoodCounts(),
    noMood: 0,
    written: 0,
  }));
  const totals = emptyMoodCounts();
  let writtenDays = 0;
  let moodDays = 0;
  for (const day of daysOf(range)) {
    const month = months[Number(day.slice(5, 7)) - 1];
    if (!month) continue;
    const average = moods.get(day);
    const mood = average === undefined ? null : roundedMood(average);
    const count = entries.get(day) ?? 0;
    month.days.push({ day, entries: count, mood });
    if (count > 0) {
      month.written += 1;
      writtenDays += 1;
    }
    if (mood !== null) {
      month.moods[mood] += 1;
      totals[mood] += 1;
      moodDays += 1;
    } else if (count > 0) {
      month.noMood += 1;
    }
  }
  return { year, months, writtenDays, moodDays, moods: totals };
}

/** What a screen reader hears for the year: totals first, then each mood's days. */
export function describeYear(view: YearView): string {
  const head = `${view.year}年: 記録のある日 ${view.writtenDays}日、気分の記録 ${view.moodDays}日。`;
  if (view.moodDays === 0) return head;
  const parts = [...MOODS]
    .reverse()
    .map((m) => `${m.label} ${view.moods[m.value]}日`)
    .join("、");
  return `${head}${parts}。`;
}
