import { formatDayJa } from "@/lib/journal/dates";
import type { EntrySummary } from "@/lib/journal/types";
import { EntryCard } from "./entry-card";

/** 「1年前の今日」: shown only when she wrote about that day. */
export function OneYearAgo({ day, entries }: { day: string; entries: EntrySummary[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="one-year-ago" className="rounded-2xl bg-accent-soft/60 p-4 sm:p-5">
      <h2 id="one-year-ago" className="font-bold text-accent-strong">
        1年前の今日
        <span className="ml-2 text-sm font-normal text-muted">{formatDayJa(day)}</span>
      </h2>
      <p className="mt-1 text-sm text-muted">あの日のあなたは、こんなことを考えていました。</p>
      <ul className="mt-3 space-y-3">
        {entries.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}
