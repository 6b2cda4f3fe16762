import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteEntryButton } from "@/components/journal/delete-entry-button";
import { MoodBadge } from "@/components/journal/mood-badge";
import { PageHeader } from "@/components/members/page-header";
import { SavedNotice } from "@/components/journal/saved-notice";
import { ValueTags } from "@/components/journal/value-tag";
import { requireUser } from "@/lib/auth/session";
import { deleteEntryAction } from "@/lib/journal/actions";
import { formatDateTimeJa, formatDayJa } from "@/lib/journal/dates";
import { getEntry } from "@/lib/journal/entries";
import { leadOf } from "@/lib/journal/excerpt";

// The entry's own words stay out of the title: tab titles end up in history and sync.
export const metadata: Metadata = { title: "記録" };

export default async function EntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const user = await requireUser(`/members/journal/${encodeURIComponent(id)}`);
  // Someone else's entry and a missing one look the same: not found.
  const entry = await getEntry(user.id, id);
  if (!entry) notFound();
  const { saved } = await searchParams;
  const day = formatDayJa(entry.entryDate);
  const edited = entry.updatedAt.getTime() - entry.createdAt.getTime() > 1000;

  return (
    <div className="mx-auto max-w-2xl px-gutter py-8">
      {saved === "1" ? <SavedNotice message="保存しました。" /> : null}
      <article>
        <PageHeader
          back={{ href: "/members/journal", label: "ジャーナルへ戻る" }}
          title={
            <>
              <span className="block text-base font-normal text-muted">
                <time dateTime={entry.entryDate}>{day}</time>
              </span>
              {entry.title ?? <span className="font-normal text-muted">{leadOf(entry.body)}</span>}
            </>
          }
        />
        {entry.promptText ? (
          <figure className="mb-6 rounded-2xl border-l-4 border-accent bg-accent-soft/60 px-4 py-3">
            <figcaption className="text-sm font-bold text-accent-strong">答えた問い</figcaption>
            <blockquote className="mt-1 leading-relaxed">{entry.promptText}</blockquote>
          </figure>
        ) : null}
        <div className="text-[1.05rem] leading-prose tracking-ja whitespace-pre-wrap">{entry.body}</div>
        {entry.mood || entry.values.length ? (
          <div className="mt-8 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line pt-5">
            <MoodBadge mood={entry.mood} />
            <ValueTags keys={entry.values} />
          </div>
        ) : null}
        <p className="mt-5 text-sm text-muted">
          書いた日時: {formatDateTimeJa(entry.createdAt)}
          {edited ? (
            <>
              <br />
              最後に編集: {formatDateTimeJa(entry.updatedAt)}
            </>
          ) : null}
        </p>
      </article>

      <div className="mt-8 flex flex-wrap gap-3">
        <Link href={`/members/journal/${entry.id}/edit`} className="btn-primary">
          編集する
        </Link>
        <a href={`/members/journal/${entry.id}/export?format=markdown`} download className="btn-secondary">
          Markdown で保存
        </a>
        <DeleteEntryButton entryId={entry.id} label={day} remove={deleteEntryAction} />
      </div>
    </div>
  );
}
