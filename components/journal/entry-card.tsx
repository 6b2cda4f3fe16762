import Link from "next/link";
import { formatDayJa } from "@/lib/journal/dates";
import type { EntrySummary } from "@/lib/journal/types";
import { Highlighted } from "./highlighted";
import { MoodBadge } from "./mood-badge";
import { ValueTags } from "./value-tag";

/**
 * One entry in a list. The whole card is the link; the heading names it for screen readers. An
 * untitled entry is named by its first words, muted so it reads as a preview, not as a title she
 * chose. `query` marks what her search matched.
 */
export function EntryCard({
  entry,
  headingLevel = 3,
  query = null,
}: {
  entry: EntrySummary;
  headingLevel?: 2 | 3;
  query?: string | null;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // A short untitled entry is all lead: saying it twice adds nothing.
  const showExcerpt = entry.title !== null || entry.excerpt !== entry.lead;
  return (
    <article className="relative rounded-2xl border border-line bg-card p-4 shadow-[0_1px_0_rgba(0,0,0,0.03)] transition-colors focus-within:border-accent hover:border-accent/50 sm:p-5">
      <p className="text-sm text-muted">
        <time dateTime={entry.entryDate}>{formatDayJa(entry.entryDate)}</time>
      </p>
      <Heading className="mt-1 text-lg leading-snug font-bold">
        <Link
          href={`/members/journal/${entry.id}`}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-2xl after:content-[''] hover:text-accent"
        >
          {entry.title !== null ? (
            <Highlighted text={entry.title} query={query} />
          ) : (
            <span className="font-normal text-muted">
              <Highlighted text={entry.lead} query={query} />
            </span>
          )}
        </Link>
      </Heading>
      {entry.promptText ? (
        <p className="mt-1 line-clamp-1 text-sm text-muted">
          <span className="sr-only">答えた問い: </span>
          <span aria-hidden="true">Q. </span>
          {entry.promptText}
        </p>
      ) : null}
      {showExcerpt ? (
        <p className="mt-2 line-clamp-3 leading-relaxed">
          <Highlighted text={entry.excerpt} query={query} />
        </p>
      ) : null}
      {entry.mood || entry.values.length ? (
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
          <MoodBadge mood={entry.mood} />
          <ValueTags keys={entry.values} />
        </div>
      ) : null}
    </article>
  );
}
