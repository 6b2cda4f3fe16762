"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type ReactNode, useEffect, useId, useState } from "react";
import { formatMonthJa, formatShortDayJa, monthOf } from "@/lib/journal/dates";
import { JOURNAL_PAGE_SIZE, SEARCH_MAX_LENGTH } from "@/lib/journal/limits";
import { filtersToSearchParams, type JournalFilters } from "@/lib/journal/filters";
import type { EntryPage } from "@/lib/journal/types";
import type { ValueOption } from "@/lib/journal/values";
import { EntryCard } from "./entry-card";
import { fetchJson, SignedOutError } from "./fetch-json";
import { JournalCalendar } from "./journal-calendar";
import { inputClass } from "@/components/members/styles";

const SEARCH_DELAY_MS = 300;
/** How many requests one search continues by itself before leaving it to 「もっと見る」. */
const SEARCH_CONTINUE_MAX = 50;

function sameFilters(a: JournalFilters, b: JournalFilters): boolean {
  return a.q === b.q && a.value === b.value && a.month === b.month && a.day === b.day;
}

/**
 * The list with its search, filters and calendar, in that order on every screen: what she looks
 * for sits right under where she asked for it. Everything after the first page comes from the
 * entries route through TanStack Query, so nothing reloads the page; the address follows the
 * filters so reload and back keep them.
 */
export function JournalBrowser({
  initialFilters,
  initialPage,
  options,
  today,
  hasAnyEntry,
  oneYearAgo,
}: {
  initialFilters: JournalFilters;
  initialPage: EntryPage;
  options: ValueOption[];
  today: string;
  hasAnyEntry: boolean;
  /** Shown above the list while nothing is filtered; a search or filter puts the results first. */
  oneYearAgo?: ReactNode;
}) {
  const [qInput, setQInput] = useState(initialFilters.q ?? "");
  const [filters, setFilters] = useState<JournalFilters>(initialFilters);
  const [calendarMonth, setCalendarMonth] = useState(
    initialFilters.month ?? (initialFilters.day ? monthOf(initialFilters.day) : monthOf(today)),
  );
  // On a phone the results come first: the calendar opens on request, or by itself when the
  // address already holds a month or a day (it is the one control that shows them).
  const [calendarOpen, setCalendarOpen] = useState(Boolean(initialFilters.month || initialFilters.day));
  const searchId = useId();

  // Search as she types, once she pauses.
  useEffect(() => {
    const q = qInput.trim().slice(0, SEARCH_MAX_LENGTH) || null;
    if (q === filters.q) return;
    const timer = window.setTimeout(() => setFilters((current) => ({ ...current, q })), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [qInput, filters.q]);

  useEffect(() => {
    const query = filtersToSearchParams(filters).toString();
    const url = query ? `/members/journal?${query}` : "/members/journal";
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history.replaceState(window.history.state, "", url);
    }
  }, [filters]);

  const query = useInfiniteQuery({
    queryKey: ["journal", "entries", filters],
    queryFn: ({ pageParam, signal }) => {
      const params = filtersToSearchParams(filters);
      if (pageParam) params.set("cursor", pageParam);
      return fetchJson<EntryPage>(`/members/journal/entries?${params}`, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: sameFilters(filters, initialFilters)
      ? { pages: [initialPage], pageParams: [null] }
      : undefined,
    placeholderData: keepPreviousData,
  });

  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];
  // The server rechecks a bounded amount of her text per request (lib/journal/entries.ts), so a
  // search can come back short of a page with a cursor to go on: go on by itself, request by
  // request (other members are served in between), until a page is full or the journal ends.
  const pages = query.data?.pages ?? [];
  const lastPage = pages.at(-1);
  const searching = Boolean(
    filters.q &&
    lastPage?.nextCursor &&
    lastPage.items.length < JOURNAL_PAGE_SIZE &&
    entries.length < JOURNAL_PAGE_SIZE &&
    pages.length < SEARCH_CONTINUE_MAX,
  );
  const { fetchNextPage, isFetchingNextPage } = query;
  useEffect(() => {
    if (searching && !isFetchingNextPage) void fetchNextPage();
  }, [searching, isFetchingNextPage, fetchNextPage]);
  const filtered = Boolean(filters.q || filters.value || filters.month || filters.day);
  const signedOut = query.error instanceof SignedOutError;
  const valueName = options.find((o) => o.key === filters.value)?.label;

  function set(patch: Partial<JournalFilters>) {
    setFilters((current) => ({ ...current, ...patch }));
  }

  // The calendar is the page's one month control: with a month chosen, its arrows move the choice.
  function changeMonth(month: string) {
    setCalendarMonth(month);
    if (filters.month) set({ month, day: null });
  }

  function clearAll() {
    setQInput("");
    setFilters({ q: null, value: null, month: null, day: null });
  }

  const summary = [
    filters.q ? `「${filters.q}」を含む` : null,
    valueName ? `「${valueName}」の` : null,
    filters.day
      ? `${formatShortDayJa(filters.day)}の`
      : filters.month
        ? `${formatMonthJa(filters.month)}の`
        : null,
  ]
    .filter(Boolean)
    .join("、");

  return (
    <div className="space-y-6">
      <section aria-label="記録を探す" className="space-y-3 rounded-2xl border border-line bg-card p-4">
        <form
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            set({ q: qInput.trim().slice(0, SEARCH_MAX_LENGTH) || null });
          }}
        >
          <label htmlFor={searchId} className="text-sm font-bold">
            キーワードで探す
          </label>
          <input
            id={searchId}
            type="search"
            value={qInput}
            maxLength={SEARCH_MAX_LENGTH}
            onChange={(event) => setQInput(event.target.value)}
            placeholder="タイトルや本文の言葉"
            enterKeyHint="search"
            className={`${inputClass} mt-1`}
          />
        </form>
        <div className="grid grid-cols-2 items-end gap-3">
          <div>
            <label htmlFor={`${searchId}-value`} className="text-sm font-bold">
              価値観
            </label>
            <select
              id={`${searchId}-value`}
              value={filters.value ?? ""}
              onChange={(event) => set({ value: event.target.value || null })}
              className={`${inputClass} mt-1`}
            >
              <option value="">すべて</option>
              {options.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            aria-expanded={calendarOpen}
            aria-controls={`${searchId}-calendar`}
            onClick={() => setCalendarOpen((open) => !open)}
            className="btn-secondary min-h-11 w-full px-3 whitespace-nowrap"
          >
            <span aria-hidden="true">{calendarOpen ? "▴" : "▾"}</span>
            カレンダー
          </button>
        </div>
        {filtered ? (
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <p className="text-muted">{summary}記録</p>
            <button
              type="button"
              onClick={clearAll}
              className="font-bold text-accent underline underline-offset-4"
            >
              条件をすべて解除
            </button>
          </div>
        ) : null}
      </section>

      {calendarOpen ? (
        <JournalCalendar
          id={`${searchId}-calendar`}
          month={calendarMonth}
          onMonthChange={changeMonth}
          monthSelected={filters.month === calendarMonth}
          onToggleMonth={() =>
            set(filters.month === calendarMonth ? { month: null } : { month: calendarMonth, day: null })
          }
          selectedDay={filters.day}
          onSelectDay={(day) => set({ day, month: null })}
          today={today}
          q={filters.q}
          value={filters.value}
        />
      ) : null}

      {filtered ? null : oneYearAgo}

      <section aria-labelledby="entries-heading" aria-busy={query.isFetching}>
        <h2 id="entries-heading" className="sr-only">
          記録の一覧
        </h2>
        <p role="status" aria-live="polite" className="mb-3 text-sm text-muted">
          {query.isPending
            ? "読み込んでいます…"
            : searching
              ? `探しています…(${entries.length}件)`
              : filtered
                ? `${summary}記録: ${entries.length}件${query.hasNextPage ? "以上" : ""}`
                : ""}
        </p>

        {signedOut ? (
          <p className="rounded-xl bg-accent-soft px-4 py-3">
            ログインの有効期限が切れました。
            <a href={`/signin?callbackUrl=${encodeURIComponent("/members/journal")}`}>もう一度ログイン</a>
            してください。
          </p>
        ) : query.isError ? (
          <p className="rounded-xl bg-accent-soft px-4 py-3">
            記録を読み込めませんでした。
            <button
              type="button"
              onClick={() => query.refetch()}
              className="font-bold underline underline-offset-4"
            >
              もう一度読み込む
            </button>
          </p>
        ) : null}

        {entries.length > 0 ? (
          <ol className={`space-y-3 transition-opacity ${query.isPlaceholderData ? "opacity-60" : ""}`}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} query={filters.q} />
              </li>
            ))}
          </ol>
        ) : query.isSuccess && !query.isPlaceholderData && !searching ? (
          <div className="rounded-2xl border border-dashed border-line px-5 py-8 text-center">
            {filtered ? (
              <p>条件に合う記録はありません。</p>
            ) : hasAnyEntry ? null : (
              <>
                <p>まだ記録がありません。</p>
                <p className="mt-4">
                  <Link href="/members/journal/new" className="btn-primary">
                    最初の記録を書く
                  </Link>
                </p>
              </>
            )}
          </div>
        ) : null}

        {query.hasNextPage ? (
          <p className="mt-5 text-center">
            <button
              type="button"
              onClick={() => query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
              className="btn-secondary min-w-40"
            >
              {query.isFetchingNextPage ? "読み込んでいます…" : "もっと見る"}
            </button>
          </p>
        ) : null}
      </section>
    </div>
  );
}
