import { MOODS } from "@/lib/journal/limits";
import { describeYear, type YearView } from "@/lib/insights";

// One square a day, a row a month, drawn on the server. The SVG is one image to a screen reader,
// named by its title and summarised by its desc; the table below carries every count as text.

const CELL = 9;
const GAP = 2;
const LABEL = 26;
const HEAD = 12;
/** A day written about without a mood: a neutral tone between paper and the mood colours. */
export const NO_MOOD_FILL = "#cfc7bb";
const EMPTY_STROKE = "#b5aa9c";

function fillOf(mood: number | null, entries: number): { fill: string; stroke?: string } {
  const found = MOODS.find((m) => m.value === mood);
  if (found) return { fill: found.color };
  if (entries > 0) return { fill: NO_MOOD_FILL };
  return { fill: "#ffffff", stroke: EMPTY_STROKE };
}

export function YearChart({ view }: { view: YearView }) {
  const id = `year-${view.year}`;
  const width = LABEL + 31 * (CELL + GAP);
  const height = HEAD + 12 * (CELL + GAP);
  return (
    <figure className="space-y-3">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        fontSize="7"
      >
        <title id={`${id}-title`}>{`${view.year}年の気分`}</title>
        <desc id={`${id}-desc`}>{describeYear(view)}</desc>
        {[1, 5, 10, 15, 20, 25, 31].map((d) => (
          <text
            key={d}
            x={LABEL + (d - 1) * (CELL + GAP) + CELL / 2}
            y={8}
            textAnchor="middle"
            fill="#57504a"
          >
            {d}
          </text>
        ))}
        {view.months.map((month, row) => (
          <g key={month.month}>
            <text x={0} y={HEAD + row * (CELL + GAP) + 7.5} fill="#57504a">
              {`${month.month}月`}
            </text>
            {month.days.map((day, col) => {
              const { fill, stroke } = fillOf(day.mood, day.entries);
              return (
                <rect
                  key={day.day}
                  x={LABEL + col * (CELL + GAP) + (stroke ? 0.4 : 0)}
                  y={HEAD + row * (CELL + GAP) + (stroke ? 0.4 : 0)}
                  width={stroke ? CELL - 0.8 : CELL}
                  height={stroke ? CELL - 0.8 : CELL}
                  rx={1.5}
                  fill={fill}
                  stroke={stroke}
                  strokeWidth={stroke ? 0.8 : undefined}
                />
              );
            })}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="色の見かた">
          {[...MOODS].reverse().map((m) => (
            <li key={m.value} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-3.5 rounded-sm"
                style={{ background: m.color }}
              />
              {m.label}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block size-3.5 rounded-sm"
              style={{ background: NO_MOOD_FILL }}
            />
            気分なしの記録
          </li>
          <li className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block size-3.5 rounded-sm border bg-white"
              style={{ borderColor: EMPTY_STROKE }}
            />
            記録なし
          </li>
        </ul>
        <p className="mt-2 text-sm text-muted">
          1日に何件か書いた日は、その日の気分の平均（四捨五入）の色です。
        </p>
      </figcaption>
    </figure>
  );
}

export function YearTable({ view }: { view: YearView }) {
  const moods = [...MOODS].reverse();
  return (
    <details className="rounded-xl border border-line bg-card">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-bold">数字で見る</summary>
      <div
        className="overflow-x-auto px-2 pb-3"
        role="region"
        aria-label={`${view.year}年の月ごとの日数（表）`}
        tabIndex={0}
      >
        <table className="w-full min-w-[34rem] text-sm">
          <caption className="py-2 text-left text-muted">{`${view.year}年の月ごとの日数`}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="px-2 py-1 text-left">
                月
              </th>
              {moods.map((m) => (
                <th key={m.value} scope="col" className="px-2 py-1 text-right">
                  {m.label}
                </th>
              ))}
              <th scope="col" className="px-2 py-1 text-right">
                気分なし
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                記録のある日
              </th>
            </tr>
          </thead>
          <tbody>
            {view.months.map((month) => (
              <tr key={month.month} className="border-b border-line/60">
                <th scope="row" className="px-2 py-1 text-left font-normal">{`${month.month}月`}</th>
                {moods.map((m) => (
                  <td key={m.value} className="px-2 py-1 text-right">
                    {month.moods[m.value]}
                  </td>
                ))}
                <td className="px-2 py-1 text-right">{month.noMood}</td>
                <td className="px-2 py-1 text-right">{month.written}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
