import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryForm } from "@/components/journal/entry-form";
import { PageHeader } from "@/components/members/page-header";
import { requireUser } from "@/lib/auth/session";
import { updateEntryAction } from "@/lib/journal/actions";
import { formatDayJa, tokyoDay } from "@/lib/journal/dates";
import { getEntry } from "@/lib/journal/entries";
import { valueOptions } from "@/lib/journal/stats";
import { valueOption } from "@/lib/journal/values";

// The entry's own words stay out of the title: tab titles end up in history and sync.
export const metadata: Metadata = { title: "記録を編集" };

export default async function EditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/members/journal/${encodeURIComponent(id)}/edit`);
  const entry = await getEntry(user.id, id);
  if (!entry) notFound();
  const options = await valueOptions(user.id);
  // A tag she has since stopped using elsewhere is still a chip on this entry.
  for (const key of entry.values) if (!options.some((o) => o.key === key)) options.push(valueOption(key));
  const today = tokyoDay();

  return (
    <div className="mx-auto max-w-2xl px-gutter py-8">
      <PageHeader
        title="記録を編集"
        back={{ href: `/members/journal/${entry.id}`, label: `${formatDayJa(entry.entryDate)}の記録へ戻る` }}
      />
      <EntryForm
        userId={user.id}
        entryId={entry.id}
        initial={{
          title: entry.title ?? "",
          body: entry.body,
          entryDate: entry.entryDate,
          mood: entry.mood ? String(entry.mood) : "",
          values: entry.values,
          newTag: "",
        }}
        prompt={null}
        answeredPrompt={entry.promptText}
        options={options}
        today={today > entry.entryDate ? today : entry.entryDate}
        save={updateEntryAction}
      />
    </div>
  );
}
