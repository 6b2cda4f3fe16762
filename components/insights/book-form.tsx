import { inputClass } from "@/components/members/styles";
import type { BookKind } from "@/lib/insights/book/period";

// The year book's period, as a plain GET form: the PDF route answers it with a download, or sends
// her back here with the message for what to fix (and her choices kept).

export interface BookFormValues {
  kind: BookKind;
  year: string;
  fiscalYear: string;
  from: string;
  to: string;
}

export function BookForm({
  years,
  fiscalYears,
  values,
  error,
  today,
}: {
  years: number[];
  fiscalYears: number[];
  values: BookFormValues;
  error: string | null;
  today: string;
}) {
  const choice = "flex min-h-11 items-center gap-2";
  return (
    <form
      action="/members/insights/book"
      method="get"
      className="space-y-4"
      aria-describedby={error ? "book-error" : undefined}
    >
      {error ? (
        <p
          id="book-error"
          role="alert"
          className="rounded-xl border border-danger bg-[#fff7f6] p-3 text-danger"
        >
          {error}
        </p>
      ) : null}
      <fieldset className="space-y-3">
        <legend className="font-bold">期間の選び方</legend>
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr] sm:items-center">
          <label className={choice}>
            <input
              type="radio"
              name="kind"
              value="year"
              defaultChecked={values.kind === "year"}
              className="size-5"
            />
            年（1月〜12月）
          </label>
          <label className="block">
            <span className="sr-only">年</span>
            <select name="year" defaultValue={values.year} className={inputClass}>
              {years.map((y) => (
                <option key={y} value={y}>{`${y}年`}</option>
              ))}
            </select>
          </label>
          <label className={choice}>
            <input
              type="radio"
              name="kind"
              value="fiscal"
              defaultChecked={values.kind === "fiscal"}
              className="size-5"
            />
            年度（4月〜3月）
          </label>
          <label className="block">
            <span className="sr-only">年度</span>
            <select name="fiscalYear" defaultValue={values.fiscalYear} className={inputClass}>
              {fiscalYears.map((y) => (
                <option key={y} value={y}>{`${y}年度`}</option>
              ))}
            </select>
          </label>
          <label className={choice}>
            <input
              type="radio"
              name="kind"
              value="range"
              defaultChecked={values.kind === "range"}
              className="size-5"
            />
            期間を指定
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <label className="min-w-36 flex-1">
              <span className="text-sm">開始日</span>
              <input type="date" name="from" defaultValue={values.from} max={today} className={inputClass} />
            </label>
            <label className="min-w-36 flex-1">
              <span className="text-sm">終了日</span>
              <input type="date" name="to" defaultValue={values.to} max={today} className={inputClass} />
            </label>
          </div>
        </div>
      </fieldset>
      <button type="submit" className="btn-primary">
        PDFを作る
      </button>
      <p className="text-sm text-muted">
        あなたの記録だけから、その場で作ります。サーバーには保存されません。記録が多いと、できあがるまで少し時間がかかります。
      </p>
    </form>
  );
}
