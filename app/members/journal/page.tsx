import type { Metadata } from "next";
import Link from "next/link";
import { JournalBrowser } from "@/components/journal/journal-browser";
import { OneYearAgo } from "@/components/journal/one-year-ago";
import { PageHeader } from "@/components/members/page-header";
import { SavedNotice } from "@/components/journal/saved-notice";
import { requireUser } from "@/lib/auth/session";
import { tokyoDay } from "@/lib/journal/dates";
import { filtersToSearchParams, parseFilters } from "@/lib/journal/filters";
import { entriesOneYearAgo, listEntries } from "@/lib/journal/entries";
import { journalStats, valueOptions } from "@/lib/journal/stats";

export const metadata: Metadata = { title: "ジャーナル" };

export default async function JournalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const filters = parseFilters(params);
  const query = filtersToSearchParams(filters).toString();
  const user = await requireUser(query ? `/members/journal?${query}` : "/members/journal");
  const today = tokyoDay();
  const [firstPage, options, lastYear, stats] = await Promise.all([
    listEntries(user.id, filters),
    valueOptions(user.id),
    entriesOneYearAgo(user.id, today),
    journalStats(user.id, today),
  ]);

  return (
    <div className="mx-auto max-w-2xl px-gutter py-8">
      {params.deleted === "1" ? <SavedNotice message="記録を削除しました。" /> : null}
      <PageHeader title="ジャーナル">
        <Link href="/members/journal/new" className="btn-primary">
          <span aria-hidden="true">＋</span>書く
        </Link>
      </PageHeader>
      <p className="-mt-3 mb-6 text-sm text-muted">
        {stats.total > 0
          ? `これまでに${stats.total}件。今月は${stats.thisMonth}件書きました。`
          : "ここに書いた内容は、あなただけが読めます。"}
      </p>
      <JournalBrowser
        initialFilters={filters}
        initialPage={firstPage}
        options={options}
        today={today}
        hasAnyEntry={stats.total > 0}
        oneYearAgo={<OneYearAgo day={lastYear.day} entries={lastYear.entries} />}
      />
    </div>
  );
}
