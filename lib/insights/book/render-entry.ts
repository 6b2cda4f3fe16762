// One entry of the year book, and the mood and values summary at its end.
import { wrap } from "@/lib/downloads/pdf/line-breaking";
import { COLOR, CONTENT_WIDTH, Layout, MARGIN_X } from "@/lib/downloads/pdf/page";
import { formatDayJa } from "@/lib/journal/dates";
import { MOODS } from "@/lib/journal/limits";
import type { EntryDetail } from "@/lib/journal/types";
import { valueLabel } from "@/lib/journal/values";
import { rgb, type RGB } from "pdf-lib";
import type { BookSummary } from "./entries";

export function hexColor(value: string): RGB {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255);
}

const BODY = { size: 10, leading: 17.5 };
const META = { size: 8.5, leading: 14 };

/** A mood as a small coloured label, its words in the mood's ink colour. */
function moodChip(layout: Layout, mood: number, right: number, top: number): void {
  const found = MOODS.find((m) => m.value === mood);
  if (!found) return;
  const { bold } = layout.fonts;
  const text = `気分: ${found.label}`;
  const width = bold.widthOfTextAtSize(text, 8.5) + 12;
  layout.current.drawRectangle({
    x: right - width,
    y: top - 15,
    width,
    height: 15,
    color: hexColor(found.color),
  });
  layout.drawText(layout.current, text, {
    x: right - width + 6,
    y: top - 11,
    size: 8.5,
    font: bold,
    color: hexColor(found.ink),
  });
}

export function renderEntry(layout: Layout, entry: EntryDetail): void {
  const { regular, bold } = layout.fonts;
  // The date line, the first meta line and two lines of text stay together.
  layout.ensure(20 + META.leading + BODY.leading * 2);
  const top = layout.y;
  layout.drawText(layout.current, formatDayJa(entry.entryDate), {
    x: MARGIN_X,
    y: top - 12,
    size: 11.5,
    font: bold,
    color: COLOR.ink,
  });
  if (entry.mood !== null) moodChip(layout, entry.mood, MARGIN_X + CONTENT_WIDTH, top);
  layout.y -= 22;
  if (entry.title) layout.paragraph(entry.title, { font: bold, size: 10.5, leading: 18 });
  if (entry.promptText) layout.paragraph(`問い: ${entry.promptText}`, { ...META, color: COLOR.muted });
  if (entry.values.length > 0) {
    layout.paragraph(`価値観: ${entry.values.map(valueLabel).join("、")}`, { ...META, color: COLOR.sage });
  }
  layout.y -= 4;
  for (const paragraph of entry.body.split(/\r?\n/)) {
    if (paragraph.trim() === "") {
      layout.y -= BODY.leading / 2;
      continue;
    }
    layout.paragraph(paragraph, { font: regular, ...BODY });
  }
  layout.y -= 8;
  layout.ensure(12);
  layout.rule(layout.y, COLOR.hairline, 0.6);
  layout.y -= 12;
}

function heading(layout: Layout, text: string): void {
  layout.ensure(60);
  for (const line of wrap(text, layout.fonts.bold, 14, CONTENT_WIDTH)) {
    layout.textLine(line, MARGIN_X, layout.y, {
      font: layout.fonts.bold,
      size: 14,
      leading: 24,
      color: COLOR.ink,
    });
    layout.y -= 24;
  }
  layout.rule(layout.y, COLOR.accent, 0.8, MARGIN_X, MARGIN_X + 40);
  layout.rule(layout.y, COLOR.hairline, 0.8, MARGIN_X + 40);
  layout.y -= 12;
}

/** Count rows with a proportional bar: the summary's one chart, numbers printed beside it. */
function bars(layout: Layout, rows: { label: string; value: number; color: RGB }[], total: number): void {
  const { regular } = layout.fonts;
  const labelWidth = 130;
  const barMax = CONTENT_WIDTH - labelWidth - 70;
  for (const row of rows) {
    layout.ensure(20);
    const y = layout.y;
    layout.drawText(layout.current, row.label, {
      x: MARGIN_X,
      y: y - 12,
      size: 9.5,
      font: regular,
      color: COLOR.ink,
    });
    const width = total > 0 ? (row.value / total) * barMax : 0;
    if (width > 0) {
      layout.current.drawRectangle({
        x: MARGIN_X + labelWidth,
        y: y - 14,
        width,
        height: 11,
        color: row.color,
      });
    }
    layout.drawText(layout.current, `${row.value}件`, {
      x: MARGIN_X + labelWidth + width + 6,
      y: y - 12,
      size: 9.5,
      font: regular,
      color: COLOR.ink,
    });
    layout.y -= 20;
  }
}

export function renderSummary(layout: Layout, summary: BookSummary, total: number): void {
  heading(layout, "気分のまとめ");
  const moodRows = [...MOODS].reverse().map((m): { label: string; value: number; color: RGB } => ({
    label: m.label,
    value: summary.moods.find((s) => s.mood === m.value)?.entries ?? 0,
    color: hexColor(m.color),
  }));
  moodRows.push({ label: "気分なし", value: summary.noMood, color: COLOR.rule });
  bars(layout, moodRows, total);
  const withMood = summary.moods.reduce((n, m) => n + m.entries, 0);
  if (withMood > 0) {
    const average = summary.moods.reduce((n, m) => n + m.mood * m.entries, 0) / withMood;
    layout.y -= 4;
    layout.paragraph(
      `気分を付けた${withMood}件の平均は${average.toFixed(1)}（1: とてもしんどい〜5: とてもよい）でした。`,
      { size: 9.5, leading: 16, color: COLOR.muted },
    );
  }
  layout.y -= 20;
  heading(layout, "価値観のまとめ");
  if (summary.values.length === 0) {
    layout.paragraph("この期間の記録には、価値観のタグが付いていません。", { color: COLOR.muted });
    return;
  }
  const most = summary.values[0]?.entries ?? 0;
  bars(
    layout,
    summary.values.map((v) => ({ label: valueLabel(v.key), value: v.entries, color: COLOR.sage })),
    most,
  );
}
