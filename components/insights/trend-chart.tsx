import { MOODS } from "@/lib/journal/limits";
import { describeTrend, type MonthTrend } from "@/lib/insights";
import { formatAverage, roundedMood } from "@/lib/insights/mood-scale";

// Average mood per month as bars on the mood scale (1–5), each labelled with its number; the
// table beside it is the same data as text.

const WIDTH = 360;
const TOP = 18;
const PLOT = 110;
const BOTTOM = 20;
const STEP = WIDTH / 12;
const BAR = 18;

function monthLabel(month: string): string {
  return `${Number(month.slice(5, 7))}月`;
}

export function TrendChart({ trend }: { trend: readonly MonthTrend[] }) {
  const id = "mood-trend";
  const height = TOP + PLOT + BOTTOM;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full"
      fontSize="10"
    >
      <title id={`${id}-title`}>月ごとの気分の平均（直近12か月）</title>
      <desc id={`${id}-desc`}>{describeTrend(trend)}</desc>
      {[1, 3, 5].map((level) => {
        const y = TOP + PLOT - (level / 5) * PLOT;
        return <line key={level} x1={0} x2={WIDTH} y1={y} y2={y} stroke="#e4ddd3" strokeWidth={0.8} />;
      })}
      {trend.map((m, i) => {
        const x = i * STEP + (STEP - BAR) / 2;
        const label = (
          <text x={x + BAR / 2} y={height - 6} textAnchor="middle" fill="#57504a">
            {monthLabel(m.month)}
          </text>
        );
        if (m.average === null) {
          return (
            <g key={m.month}>
              <text x={x + BAR / 2} y={TOP + PLOT - 4} textAnchor="middle" fill="#57504a">
                –
              </text>
              {label}
            </g>
          );
        }
        const h = (m.average / 5) * PLOT;
        const color = MOODS.find((mood) => mood.value === roundedMood(m.average ?? 3))?.color ?? "#b9c7a5";
        return (
          <g key={m.month}>
            <rect x={x} y={TOP + PLOT - h} width={BAR} height={h} rx={2} fill={color} />
            <text x={x + BAR / 2} y={TOP + PLOT - h - 4} textAnchor="middle" fill="#1f1b16" fontWeight="700">
              {formatAverage(m.average)}
            </text>
            {label}
          </g>
        );
      })}
    </svg>
  );
}

export function TrendTable({ trend }: { trend: readonly MonthTrend[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="py-2 text-left text-muted">月ごとの気分の平均と、気分を記録した日数</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="px-2 py-1 text-left">
            月
          </th>
          <th scope="col" className="px-2 py-1 text-right">
            気分の平均（1〜5）
          </th>
          <th scope="col" className="px-2 py-1 text-right">
            気分を記録した日
          </th>
        </tr>
      </thead>
      <tbody>
        {trend.map((m) => (
          <tr key={m.month} className="border-b border-line/60">
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {`${m.month.slice(0, 4)}年${Number(m.month.slice(5, 7))}月`}
            </th>
            <td className="px-2 py-1 text-right">
              {m.average === null ? "記録なし" : formatAverage(m.average)}
            </td>
            <td className="px-2 py-1 text-right">{`${m.moodDays}日`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
