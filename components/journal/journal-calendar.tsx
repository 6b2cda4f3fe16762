"use client";

import { useQuery } from "@tanstack/react-query";
import { addMonths, daysInMonth, formatMonthJa, formatShortDayJa, weekdayOf } from "@/lib/journal/dates";
import { fetchJson } from "./fetch-json";

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"];

function shade(count: number): string {
  if (count >= 3) return "bg-sage text-white";
  if (count === 2) return "bg-sage/60 text-white";
  return "bg-sage-soft text-sage";
}

/**
 * A month of days; a day with entries is tinted by how many and is a button that shows them.
 * Each button says its date and count, so the grid reads well without seeing the colours.
 */
export function JournalCalendar({
  month,
  onMonthChange,
  selectedDay,
  onSelectDay,
  today,
}: {
  month: string;
  onMonthChange: (month: string) => void;
  selectedDay: string | null;
  onSelectDay: (day: string | null) => void;
  today: string;
}) {
  const { data, isError } = useQuery({
    queryKey: ["journal", "calendar", month],
    queryFn: ({ signal }) =>
      fetchJson<{ month: string; days: Record<string, number> }>(
        `/members/journal/calendar?month=${month}`,
        signal,
      ),
  });
  const counts = data?.month === month ? data.days : {};
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const length = daysInMonth(month);
  const lead = weekdayOf(`${month}-01`);
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`),
  ];
  const thisMonth = today.slice(0, 7);

  return (
    <section aria-labelledby="calendar-heading" className="rounded-2xl border border-line bg-card p-3 sm:p-4">
      <div className="flex items-center justify-between gap-2">
        <button
          type="button"
          onClick={() => onMonthChange(addMonths(month, -1))}
          className="inline-flex size-11 items-center justify-center rounded-full hover:bg-accent-soft"
          aria-label="前の月"
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h2 id="calendar-heading" className="text-center font-bold" aria-live="polite">
          {formatMonthJa(month)}
          <span className="ml-2 text-sm font-normal text-muted">{data ? `${total}件` : ""}</span>
        </h2>
        <button
          type="button"
          onClick={() => onMonthChange(addMonths(month, 1))}
          disabled={month >= thisMonth}
          className="inline-flex size-11 items-center justify-center rounded-full hover:bg-accent-soft disabled:opacity-30"
          aria-label="次の月"
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table className="mt-2 w-full table-fixed border-separate border-spacing-y-1 text-center">
        <caption className="sr-only">{formatMonthJa(month)}の記録がある日</caption>
        <thead>
          <tr className="text-xs text-muted">
            {WEEKDAYS.map((name) => (
              <th scope="col" key={name} abbr={`${name}曜日`} className="py-1 font-normal">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.ceil(cells.length / 7) }, (_, week) => (
            <tr key={week}>
              {cells.slice(week * 7, week * 7 + 7).map((day, i) => {
                if (!day) return <td key={`blank-${i}`} />;
                const count = counts[day] ?? 0;
                const date = Number(day.slice(8));
                const isToday = day === today;
                const selected = day === selectedDay;
                const ring = selected
                  ? "ring-2 ring-accent ring-offset-1"
                  : isToday
                    ? "ring-1 ring-accent/60"
                    : "";
                return (
                  <td key={day}>
                    {count > 0 ? (
                      <button
                        type="button"
                        onClick={() => onSelectDay(selected ? null : day)}
                        aria-pressed={selected}
                        aria-label={`${formatShortDayJa(day)} ${count}件${isToday ? "(今日)" : ""}`}
                        className={`mx-auto flex size-10 items-center justify-center rounded-full text-sm font-bold ${shade(count)} ${ring}`}
                      >
                        {date}
                      </button>
                    ) : (
                      <span
                        className={`mx-auto flex size-10 items-center justify-center rounded-full text-sm text-muted ${ring}`}
                      >
                        {date}
                        {isToday ? <span className="sr-only">(今日)</span> : null}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {isError ? <p className="mt-2 text-sm text-danger">カレンダーを読み込めませんでした。</p> : null}
    </section>
  );
}
