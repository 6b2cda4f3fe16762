import type { Metadata } from "next";
import { EntryForm } from "@/components/journal/entry-form";
import { PageHeader } from "@/components/members/page-header";
import { getPrompt } from "@/lib/content/prompts";
import { requireUser } from "@/lib/auth/session";
import { createEntryAction } from "@/lib/journal/actions";
import { tokyoDay } from "@/lib/journal/dates";
import { valueOptions } from "@/lib/journal/stats";

export const metadata: Metadata = { title: "新しい記録" };

export default async function NewEntryPage({
  searchParams,
}: {
  searchParams: Promise<{ prompt?: string | string[] }>;
}) {
  const { prompt: raw } = await searchParams;
  const promptId = typeof raw === "string" ? raw : null;
  const user = await requireUser(
    promptId ? `/members/journal/new?prompt=${encodeURIComponent(promptId)}` : "/members/journal/new",
  );
  const prompt = promptId ? getPrompt(promptId) : undefined;
  const today = tokyoDay();
  const options = await valueOptions(user.id);

  return (
    <div className="mx-auto max-w-2xl px-gutter py-8">
      <PageHeader title="新しい記録" back={{ href: "/members/journal", label: "ジャーナルへ戻る" }} />
      {promptId && !prompt ? (
        <p className="mb-6 rounded-xl bg-accent-soft/60 px-4 py-3 text-sm">
          指定された問いは見つかりませんでした。問いなしで書くことができます。
        </p>
      ) : null}
      <EntryForm
        userId={user.id}
        entryId={null}
        initial={{ title: "", body: "", entryDate: today, mood: "", values: [], newTag: "" }}
        prompt={prompt ? { id: prompt.id, text: prompt.text } : null}
        options={options}
        today={today}
        save={createEntryAction}
      />
    </div>
  );
}
