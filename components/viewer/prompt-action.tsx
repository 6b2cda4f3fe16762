"use client";

import Link from "next/link";
import { journalPromptHref } from "@/lib/content/links";
import { formatDayJa } from "@/lib/journal/dates";
import { ANSWER_PROMPT } from "@/lib/content/words";
import { useViewer } from "./use-viewer";

/**
 * The call under an article's reflection prompt: answer it, or, when she already has, say so with
 * the day and offer her entry and another answer.
 */
export function PromptAction({ promptId, describedBy }: { promptId: string; describedBy: string }) {
  const viewer = useViewer();
  const answered = viewer?.signedIn ? viewer.answered[promptId] : undefined;
  if (!answered) {
    return (
      <p className="mt-2">
        <a href={journalPromptHref(promptId)} aria-describedby={describedBy} className="btn-primary">
          {ANSWER_PROMPT}
        </a>
      </p>
    );
  }
  return (
    <div className="mt-3">
      <p className="text-sm font-bold text-sage" data-testid="prompt-answered">
        回答済み({formatDayJa(answered.entryDate)})
      </p>
      <p className="mt-2 flex flex-wrap gap-3">
        <Link
          href={`/members/journal/${answered.entryId}`}
          aria-describedby={describedBy}
          className="btn-primary"
        >
          書いた記録を見る
        </Link>
        <a href={journalPromptHref(promptId)} aria-describedby={describedBy} className="btn-secondary">
          もう一度答える
        </a>
      </p>
    </div>
  );
}
