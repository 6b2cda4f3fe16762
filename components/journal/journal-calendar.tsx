"use client";

import { useQuery } from "@tanstack/react-query";
import { addMonths, daysInMonth, formatMonthJa, formatShortDayJa, weekdayOf } from "@/lib/journal/dates";
import { filtersToSearchParams } from "@/lib/journal/filters";
import { MOODS } from "@/lib/journal/limits";
import { fetchJson } from "./fetch-json";

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"];

interface CalendarDay {
  count: number;
  mood: number | null;
}

/**
 * A month of days, the page's one month control. It counts the entries that pass her search and
 * value filter, so its days and total always agree with the list. A day with entries is a button
 * painted in the colour of its mood (MOODS) and says its date, count and mood in words.
 */
export function JournalCalendar({
  id,
  month,
  onMonthChange,
  monthSelected,
  onToggleMonth,
  selectedDay,
  onSelectDay,
  today,
  q,
  value,
}: {
  id: string;
  month: string;
  onMonthChange: (month: string) => void;
  monthSelected: boolean;
  onToggleMonth: () => void;
  selectedDay: string | null;
  onSelectDay: (day: string | null) => void;
  today: string;
  q: string | null;
  value: string | null;
}) {
  const params = filtersToSearchParams({ q, value, month, day: null });
  const { data, isError } = useQuery({
    queryKey: ["journal", "calendar", month, q, value],
    queryFn: ({ signal }) =>
      fetchJson<{ month: string; days: Record<string, CalendarDay> }>(
        `/members/journal/calendar?${params}`,
        signal,
      ),
  });
  const days = data?.month === month ? data.days : {};
  const total = Object.values(days).reduce((sum, d) => sum + d.count, 0);
  const length = daysInMonth(month);
  const lead = weekdayOf(`${month}-01`);
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`),
  ];
  const thisMonth = today.slice(0, 7);

  return (
    <section
      id={id}
      aria-labelledby="calendar-heading"
      // Narrow side padding on phones: at 360 px the seven day columns then get 44 px each.
      className="rounded-2xl border border-line bg-card px-1 py-3 sm:p-4"
    >
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
          <span data-testid="calendar-total" className="ml-2 text-sm font-normal text-muted">
            {data ? `${total}件` : ""}
          </span>
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
                const entry = days[day];
                const date = Number(day.slice(8));
                const isToday = day === today;
                const selected = day === selectedDay;
                const ring = selected
                  ? "ring-[3px] ring-ink ring-offset-1"
                  : isToday
                    ? "ring-1 ring-accent/60"
                    : "";
                const mood = MOODS.find((m) => m.value === entry?.mood);
                return (
                  <td key={day}>
                    {entry ? (
                      <button
                        type="button"
                        onClick={() => onSelectDay(selected ? null : day)}
                        aria-pressed={selected}
                        aria-label={`${formatShortDayJa(day)} ${entry.count}件${mood ? ` 気分: ${mood.label}` : ""}${isToday ? "(今日)" : ""}`}
                        style={mood ? { backgroundColor: mood.color, color: mood.ink } : undefined}
                        className={`relative mx-auto flex h-11 w-full max-w-11 items-center justify-center rounded-full text-sm font-bold ${mood ? "" : "bg-sage-soft text-sage"} ${ring}`}
                      >
                        {date}
                        {entry.count > 1 ? (
                          <span
                            aria-hidden="true"
                            className="absolute -top-1 -right-1 flex size-4 items-center justify-center rounded-full bg-ink text-[0.625rem] leading-none text-white"
                          >
                            {entry.count > 9 ? "9+" : entry.count}
                          </span>
                        ) : null}
                      </button>
                    ) : (
                      <span
                        className={`mx-auto flex h-11 w-full max-w-11 items-center justify-center rounded-full text-sm text-muted ${ring}`}
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
      <p className="mt-2 text-center">
        <button
          type="button"
          onClick={onToggleMonth}
          aria-pressed={monthSelected}
          className="min-h-11 rounded-full px-4 text-sm font-bold text-accent-strong underline underline-offset-4 hover:bg-accent-soft"
        >
          {monthSelected ? <span aria-hidden="true">✓ </span> : null}
          {formatMonthJa(month)}の記録だけ表示
        </button>
      </p>
      {isError ? <p className="mt-2 text-sm text-danger">カレンダーを読み込めませんでした。</p> : null}
    </section>
  );
}
