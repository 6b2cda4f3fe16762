import "server-only";
import { moodDayTotal } from "./day-moods";

export { firstEntryYear } from "./day-moods";
export { describeTrend, monthlyTrend, type MonthTrend } from "./trend";
export { valueInsights, type ValueInsights } from "./values";
export { describeYear, moodYear, type YearView } from "./year";

/** Days with a mood before the charts are shown: fewer paint a year of mostly empty squares. */
export const MIN_MOOD_DAYS = 7;

export async function chartsReadiness(userId: string): Promise<{ moodDays: number; ready: boolean }> {
  const moodDays = await moodDayTotal(userId);
  return { moodDays, ready: moodDays >= MIN_MOOD_DAYS };
}
