"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { FieldError } from "@/components/members/field-error";
import { inputClass } from "@/components/members/styles";
import { useActionForm } from "@/components/members/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { formatDateTimeJa, formatDayJa, isValidDay } from "@/lib/journal/dates";
import { BODY_MAX_LENGTH, ENTRY_DATE_MIN, TITLE_MAX_LENGTH } from "@/lib/journal/limits";
import { characterCount, type ValueOption, valueOption } from "@/lib/journal/values";
import { type EntryFormValues, entryDraftSchema } from "./entry-draft";
import { MoodField } from "./mood-field";
import { draftKey, useDraft } from "./use-draft";
import { ValueChips } from "./value-chips";

export type { EntryFormValues } from "./entry-draft";

type Save = (formData: FormData) => Promise<ActionResult<{ id: string }>>;

const UNEXPECTED =
  "保存できませんでした。通信状況を確かめて、もう一度お試しください。書いた内容はこのブラウザに残っています。";

/**
 * The entry form, for a new entry and for editing one. Fields are controlled and never reset on a
 * refused save, and the draft lives in this browser until the server has it.
 */
export function EntryForm({
  userId,
  entryId,
  initial,
  prompt,
  answeredPrompt = null,
  options,
  today,
  save,
}: {
  userId: string;
  entryId: string | null;
  initial: EntryFormValues;
  prompt: { id: string; text: string } | null;
  /** When editing: the prompt the entry answered, shown but never changed. */
  answeredPrompt?: string | null;
  options: ValueOption[];
  today: string;
  save: Save;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<EntryFormValues>(initial);
  const [extraOptions, setExtraOptions] = useState<string[]>([]);

  const draft = useMemo(() => values, [values]);
  const { restoredAt, discard, clear } = useDraft(
    // A new entry's draft belongs to its prompt, so following another prompt starts a clean page.
    draftKey(userId, entryId ? `entry:${entryId}` : `new:${prompt?.id ?? ""}`),
    draft,
    initial,
    (restored) => {
      setValues({ ...initial, ...restored });
      setExtraOptions(restored.values.filter((key) => !options.some((o) => o.key === key)));
    },
    entryDraftSchema,
  );

  const {
    pending,
    status,
    fieldErrors: errors,
    statusRef,
    onSubmit,
  } = useActionForm(save, {
    unexpected: UNEXPECTED,
    onSuccess: async ({ id }) => {
      clear();
      await queryClient.invalidateQueries({ queryKey: ["journal"] });
      router.push(`/members/journal/${id}?saved=1`);
    },
  });

  const allOptions = [
    ...options,
    ...extraOptions.filter((k) => !options.some((o) => o.key === k)).map(valueOption),
  ];
  const titleCount = characterCount(values.title);
  const bodyCount = characterCount(values.body.replace(/\r\n?/g, "\n"));

  function update<K extends keyof EntryFormValues>(field: K, value: EntryFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function toggle(key: string) {
    setValues((current) => ({
      ...current,
      values: current.values.includes(key)
        ? current.values.filter((k) => k !== key)
        : [...current.values, key],
    }));
  }

  function addTag(key: string) {
    if (!allOptions.some((o) => o.key === key)) setExtraOptions((current) => [...current, key]);
    setValues((current) =>
      current.values.includes(key) ? current : { ...current, values: [...current.values, key] },
    );
  }

  const describe = (field: string, hint?: string) =>
    [hint, errors[field] ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-7">
      {entryId ? <input type="hidden" name="id" value={entryId} /> : null}
      {prompt ? <input type="hidden" name="promptId" value={prompt.id} /> : null}

      {restoredAt ? (
        <div
          className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-sage-soft px-4 py-3 text-sm"
          role="status"
        >
          <p>書きかけの内容を復元しました({formatDateTimeJa(restoredAt)} に保存)。</p>
          <button
            type="button"
            onClick={discard}
            className="font-bold text-sage underline underline-offset-4"
          >
            書きかけを破棄する
          </button>
        </div>
      ) : null}

      {prompt || answeredPrompt ? (
        <figure className="rounded-2xl border-l-4 border-accent bg-accent-soft/60 px-4 py-3">
          <figcaption className="text-sm font-bold text-accent-strong">
            {prompt ? "答える問い" : "答えた問い"}
          </figcaption>
          <blockquote className="mt-1 leading-relaxed">{prompt?.text ?? answeredPrompt}</blockquote>
        </figure>
      ) : null}
      <FieldError id="promptId-error" message={errors.promptId} />

      <div>
        <label htmlFor="entryDate" className="font-bold">
          日付
        </label>
        <input
          id="entryDate"
          name="entryDate"
          type="date"
          required
          min={ENTRY_DATE_MIN}
          max={today}
          value={values.entryDate}
          onChange={(event) => update("entryDate", event.target.value)}
          aria-invalid={errors.entryDate ? true : undefined}
          aria-describedby={describe("entryDate", "entryDate-ja")}
          className={`${inputClass} mt-1 max-w-56`}
        />
        <p id="entryDate-ja" className="mt-1 text-sm text-muted">
          {isValidDay(values.entryDate) ? formatDayJa(values.entryDate) : "日付を選んでください"}
          {values.entryDate === today ? "(今日)" : ""}
        </p>
        <FieldError id="entryDate-error" message={errors.entryDate} />
      </div>

      <div>
        <label htmlFor="title" className="font-bold">
          タイトル <span className="text-sm font-normal text-muted">(任意)</span>
        </label>
        <input
          id="title"
          name="title"
          value={values.title}
          onChange={(event) => update("title", event.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describe("title", "title-count")}
          autoComplete="off"
          className={`${inputClass} mt-1`}
        />
        <p
          id="title-count"
          className={`mt-1 text-right text-sm ${titleCount > TITLE_MAX_LENGTH ? "font-bold text-danger" : "text-muted"}`}
        >
          {titleCount} / {TITLE_MAX_LENGTH}文字
        </p>
        <FieldError id="title-error" message={errors.title} />
      </div>

      <div>
        <label htmlFor="body" className="font-bold">
          本文
        </label>
        <textarea
          id="body"
          name="body"
          required
          rows={10}
          value={values.body}
          onChange={(event) => update("body", event.target.value)}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={describe("body", "body-count")}
          className={`${inputClass} mt-1 min-h-64 leading-[1.9] [field-sizing:content]`}
          placeholder="思いつくままに。誰にも見せない、あなただけのノートです。"
        />
        <p
          id="body-count"
          className={`mt-1 text-right text-sm ${bodyCount > BODY_MAX_LENGTH ? "font-bold text-danger" : "text-muted"}`}
        >
          {bodyCount.toLocaleString("ja-JP")} / {BODY_MAX_LENGTH.toLocaleString("ja-JP")}文字
        </p>
        <FieldError id="body-error" message={errors.body} />
      </div>

      <MoodField value={values.mood} onChange={(mood) => update("mood", mood)} error={errors.mood} />

      <ValueChips
        options={allOptions}
        selected={values.values}
        onToggle={toggle}
        onAdd={addTag}
        newTag={values.newTag}
        onNewTagChange={(tag) => update("newTag", tag)}
        valuesError={errors.values}
        newTagError={errors.newTag}
      />

      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className="empty:hidden rounded-xl px-4 py-3 font-bold [&:not(:empty)]:bg-[#fff1ef] [&:not(:empty)]:text-danger"
      >
        {status?.text ?? ""}
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-6">
        <button type="submit" className="btn-primary min-w-40" disabled={pending}>
          {pending ? "保存しています…" : entryId ? "変更を保存する" : "保存する"}
        </button>
        <Link href={entryId ? `/members/journal/${entryId}` : "/members/journal"} className="btn-secondary">
          やめる
        </Link>
        <p className="w-full text-sm text-muted">
          書きかけは自動でこのブラウザに残ります。保存すると消えます。
        </p>
      </div>
    </form>
  );
}
