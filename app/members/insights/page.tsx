import type { Metadata } from "next";
import Link from "next/link";
import { BookForm, type BookFormValues } from "@/components/insights/book-form";
import { TrendChart, TrendTable } from "@/components/insights/trend-chart";
import { ValueInsightsSection } from "@/components/insights/value-insights";
import { YearChart, YearTable } from "@/components/insights/year-chart";
import { PageHeader } from "@/components/members/page-header";
import { requireUser } from "@/lib/auth/session";
import {
  chartsReadiness,
  firstEntryYear,
  MIN_MOOD_DAYS,
  monthlyTrend,
  moodYear,
  valueInsights,
} from "@/lib/insights";
import { BOOK_ERRORS, type BookKind, fiscalYearOf, isBookError } from "@/lib/insights/book/period";
import { parseYear } from "@/lib/insights/periods";
import { tokyoDay } from "@/lib/journal/dates";

export const metadata: Metadata = { title: "ふりかえり" };

type SearchParams = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i);
}

const KINDS: readonly BookKind[] = ["year", "fiscal", "range"];

export default async function InsightsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/members/insights");
  const params = await searchParams;
  const today = tokyoDay();
  const thisYear = Number(today.slice(0, 4));
  const [readiness, first] = await Promise.all([chartsReadiness(user.id), firstEntryYear(user.id)]);
  const firstYear = Math.min(first ?? thisYear, thisYear);
  const year = parseYear(one(params.year), firstYear, thisYear) ?? thisYear;
  const [view, trend, values] = await Promise.all([
    readiness.ready ? moodYear(user.id, year) : null,
    readiness.ready ? monthlyTrend(user.id, today) : null,
    valueInsights(user.id, today),
  ]);

  const bookError = one(params.book_error);
  const kind = one(params.kind);
  const formValues: BookFormValues = {
    kind: KINDS.find((k) => k === kind) ?? "year",
    year: one(params.book_year) ?? String(thisYear),
    fiscalYear: one(params.fiscalYear) ?? String(fiscalYearOf(today)),
    from: one(params.from) ?? "",
    to: one(params.to) ?? "",
  };
  const notYet = (
    <p className="rounded-xl bg-sage-soft p-4 leading-relaxed">
      {`気分を記録した日が${MIN_MOOD_DAYS}日以上になると表示されます（いま${readiness.moodDays}日）。`}
    </p>
  );

  return (
    <div className="mx-auto max-w-2xl space-y-10 px-gutter py-8">
      <div>
        <PageHeader title="ふりかえり" />
        <p className="-mt-3 leading-relaxed text-muted">
          あなたの記録から、気分の移り変わりと、大事にしたい価値観がどれくらい日々に出ているかを振り返ります。見えるのはあなただけです。
        </p>
      </div>

      <section aria-labelledby="year-view" className="space-y-4">
        <h2 id="year-view" className="text-lg font-bold">
          {`${year}年の気分`}
        </h2>
        {view ? (
          <>
            <nav aria-label="年を切り替える" className="flex flex-wrap justify-between gap-2">
              {year > firstYear ? (
                <Link href={`/members/insights?year=${year - 1}`} className="btn-secondary">
                  <span aria-hidden="true">← </span>
                  {`${year - 1}年`}
                </Link>
              ) : (
                <span />
              )}
              {year < thisYear ? (
                <Link href={`/members/insights?year=${year + 1}`} className="btn-secondary">
                  {`${year + 1}年`}
                  <span aria-hidden="true"> →</span>
                </Link>
              ) : null}
            </nav>
            <YearChart view={view} />
            <YearTable view={view} />
          </>
        ) : (
          notYet
        )}
      </section>

      <section aria-labelledby="trend" className="space-y-4">
        <h2 id="trend" className="text-lg font-bold">
          月ごとの気分
        </h2>
        {trend ? (
          <>
            <TrendChart trend={trend} />
            <TrendTable trend={trend} />
          </>
        ) : (
          notYet
        )}
      </section>

      <section aria-labelledby="values" className="space-y-4">
        <h2 id="values" className="text-lg font-bold">
          価値観と日々の記録
        </h2>
        <ValueInsightsSection insights={values} />
      </section>

      <section id="book" aria-labelledby="book-heading" className="space-y-4">
        <h2 id="book-heading" className="text-lg font-bold">
          記録を一冊のPDFに
        </h2>
        <p className="leading-relaxed text-muted">
          選んだ期間の記録を、表紙・月ごとの目次・気分と価値観のまとめ付きのPDFにします。
        </p>
        <div className="rounded-2xl border border-line bg-card p-4 sm:p-6">
          <BookForm
            years={range(firstYear, thisYear)}
            fiscalYears={range(Math.min(firstYear - 1, fiscalYearOf(today)), fiscalYearOf(today))}
            values={formValues}
            error={isBookError(bookError) ? BOOK_ERRORS[bookError] : null}
            today={today}
          />
        </div>
      </section>
    </div>
  );
}
