import "server-only";
import { addMonths, monthRange } from "@/lib/journal/dates";
import { dayMoods } from "./day-moods";
import { formatAverage, mean } from "./mood-scale";

// The month-by-month trend: her average mood in each of the last twelve months.

export interface MonthTrend {
  /** YYYY-MM */
  month: string;
  /** The average of the month's day moods (each day once, however many entries it has). */
  average: number | null;
  moodDays: number;
}

export async function monthlyTrend(userId: string, today: string, months = 12): Promise<MonthTrend[]> {
  const last = today.slice(0, 7);
  const first = addMonths(last, -(months - 1));
  const moods = await dayMoods(userId, monthRange(first).from, monthRange(last).to);
  return Array.from({ length: months }, (_, i) => {
    const month = addMonths(first, i);
    const values = [...moods].filter(([day]) => day.startsWith(month)).map(([, v]) => v);
    return { month, average: mean(values), moodDays: values.length };
  });
}

function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

export function describeTrend(trend: readonly MonthTrend[]): string {
  return trend
    .map((m) =>
      m.average === null
        ? `${monthLabel(m.month)} 記録なし`
        : `${monthLabel(m.month)} 平均${formatAverage(m.average)}（${m.moodDays}日）`,
    )
    .join("、")
    .concat("。");
}
