import { MOOD_MAX, MOOD_MIN, MOODS } from "@/lib/journal/limits";

// Mood arithmetic shared by the page, the book and their tests: no database, no server guard.

export type MoodValue = (typeof MOODS)[number]["value"];

/** A day's average rounded to the mood it shows as (half rounds up: 3.5 is よい). */
export function roundedMood(average: number): MoodValue {
  const rounded = Math.min(MOOD_MAX, Math.max(MOOD_MIN, Math.round(average)));
  return (MOODS.find((m) => m.value === rounded) ?? MOODS[2]).value;
}

export function moodOf(value: number): (typeof MOODS)[number] | undefined {
  return MOODS.find((m) => m.value === value);
}

export function mean(values: Iterable<number>): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    sum += v;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/** 3.4: one decimal, as every average is shown and compared. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

export function formatAverage(value: number | null): string {
  return value === null ? "なし" : oneDecimal(value).toFixed(1);
}
