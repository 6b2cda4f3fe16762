// Moving keeps the focus on the button pressed (the row moves with it), so the ends are
// aria-disabled rather than disabled: a disabled button would drop the focus to the page.

/**
 * The order she has chosen, one row per place, each with buttons to move it up or down or take it
 * out: the keyboard and screen-reader way to reorder, and the visible check before she saves.
 */
export function RankingOrder({
  chosen,
  labelOf,
  onMove,
  onRemove,
}: {
  chosen: string[];
  labelOf: (key: string) => string;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (key: string) => void;
}) {
  const button =
    "inline-flex size-11 shrink-0 items-center justify-center rounded-full border border-line bg-card text-ink hover:bg-accent-soft aria-disabled:opacity-30";
  return (
    <section aria-labelledby="ranking-order" className="mt-5">
      <h2 id="ranking-order" className="text-sm font-bold">
        選んだ順位
      </h2>
      {chosen.length === 0 ? (
        <p className="mt-2 rounded-xl border border-dashed border-line px-4 py-3 text-sm text-muted">
          まだ選んでいません。上の価値観を、大事な順に押してください。
        </p>
      ) : (
        <ol className="mt-2 space-y-2">
          {chosen.map((key, index) => {
            const label = labelOf(key);
            return (
              <li key={key} className="flex items-center gap-2 rounded-xl bg-accent-soft/60 py-1 pr-1 pl-3">
                <span className="w-8 shrink-0 font-bold text-accent-strong">{index + 1}位</span>
                <span className="min-w-0 flex-1 break-words">{label}</span>
                <button
                  type="button"
                  onClick={() => onMove(index, -1)}
                  aria-disabled={index === 0}
                  aria-label={`${label}を上へ`}
                  className={button}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  onClick={() => onMove(index, 1)}
                  aria-disabled={index === chosen.length - 1}
                  aria-label={`${label}を下へ`}
                  className={button}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  onClick={() => onRemove(key)}
                  aria-label={`${label}を外す`}
                  className={button}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
