import { formatDateTimeJa, formatDayJa, JOURNAL_TIME_ZONE } from "./dates";
import { privateErrorSummary } from "@/lib/db/scrub-errors";
import { log } from "@/lib/log";
import { type AccountExtras, extrasToJson, extrasToMarkdown } from "./export-account";
import type { EntryDetail } from "./types";
import { MOODS } from "./limits";
import { valueLabel } from "./values";

// Her journal as files she can keep: Markdown to read, JSON to move elsewhere. Both are written
// entry by entry so a large journal streams instead of sitting in memory.

export type ExportFormat = "markdown" | "json";

export const EXPORT_TYPES: Record<ExportFormat, { mime: string; extension: string }> = {
  markdown: { mime: "text/markdown; charset=utf-8", extension: "md" },
  json: { mime: "application/json; charset=utf-8", extension: "json" },
};

export function exportFileName(format: ExportFormat, day: string, entryId?: string): string {
  const suffix = entryId ? `-${entryId}` : "";
  return `sentaku-journal-${day}${suffix}.${EXPORT_TYPES[format].extension}`;
}

/** Headers for a download that no cache or browser sniffing may touch. */
export function exportHeaders(format: ExportFormat, fileName: string): Record<string, string> {
  return {
    "Content-Type": EXPORT_TYPES[format].mime,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

function moodText(mood: number | null): string | null {
  const found = MOODS.find((m) => m.value === mood);
  return found ? `${found.value} / 5(${found.label})` : null;
}

export function markdownHeader(exportedAt: Date, count: number | null): string {
  const lines = ["# Sentaku ジャーナル", "", `書き出した日時: ${formatDateTimeJa(exportedAt)}(日本時間)`];
  if (count !== null) lines.push(`記録の数: ${count}件`);
  return `${lines.join("\n")}\n`;
}

export function entryToMarkdown(entry: EntryDetail): string {
  const heading = entry.title
    ? `${formatDayJa(entry.entryDate)} ${entry.title}`
    : formatDayJa(entry.entryDate);
  const meta: string[] = [];
  if (entry.promptText) meta.push(`- 問い: ${entry.promptText}`);
  const mood = moodText(entry.mood);
  if (mood) meta.push(`- 気分: ${mood}`);
  if (entry.values.length) meta.push(`- 価値観: ${entry.values.map(valueLabel).join("、")}`);
  meta.push(`- 書いた日時: ${formatDateTimeJa(entry.createdAt)}`);
  if (entry.updatedAt.getTime() - entry.createdAt.getTime() > 1000) {
    meta.push(`- 最後に編集した日時: ${formatDateTimeJa(entry.updatedAt)}`);
  }
  return `\n---\n\n## ${heading}\n\n${meta.join("\n")}\n\n${entry.body.trimEnd()}\n`;
}

export function entryToJson(entry: EntryDetail) {
  return {
    id: entry.id,
    entryDate: entry.entryDate,
    title: entry.title,
    body: entry.body,
    mood: entry.mood,
    prompt: entry.promptText ? { id: entry.promptId, text: entry.promptText } : null,
    values: entry.values.map((key) => ({ key, label: valueLabel(key) })),
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

/** The export as a stream of UTF-8 text chunks. */
export function exportStream(
  format: ExportFormat,
  entries: AsyncIterable<EntryDetail>,
  exportedAt: Date,
  count: number | null,
  /** The whole-account export's rankings and download history; absent for one entry. */
  extras?: AccountExtras,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  async function* chunks(): AsyncGenerator<string> {
    if (format === "markdown") {
      yield markdownHeader(exportedAt, count);
      for await (const entry of entries) yield entryToMarkdown(entry);
      if (extras) yield extrasToMarkdown(extras);
      return;
    }
    const head = {
      format: "sentaku-journal",
      version: 1,
      exportedAt: exportedAt.toISOString(),
      timeZone: JOURNAL_TIME_ZONE,
    };
    yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "entries": [`;
    let first = true;
    for await (const entry of entries) {
      const json = JSON.stringify(entryToJson(entry), null, 2).replace(/\n/g, "\n    ");
      yield `${first ? "" : ","}\n    ${json}`;
      first = false;
    }
    const tail = extras ? JSON.stringify(extrasToJson(extras), null, 2).slice(1, -2) : "";
    yield `${first ? "" : "\n  "}]${tail ? `,${tail}` : ""}\n}\n`;
  }
  const iterator = chunks();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // The message could quote an entry; the reader sees a broken download, the log the kind.
        log.error(`[journal] export failed: ${privateErrorSummary(error)}`);
        controller.error(new Error("The journal export failed."));
      }
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}
