"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError } from "@/components/members/field-error";
import { inputClass } from "@/components/members/styles";
import { useActionForm } from "@/components/members/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { RANKING_SIZE } from "@/lib/journal/limits";
import type { ValueOption } from "@/lib/journal/values";

/**
 * Her top five as five ordered choices. Plain selects work the same with a finger, a keyboard and
 * a screen reader, which a drag-and-drop list does not.
 */
export function RankingForm({
  options,
  initial,
  save,
}: {
  options: ValueOption[];
  initial: string[];
  save: (formData: FormData) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [ranks, setRanks] = useState<string[]>(() =>
    Array.from({ length: RANKING_SIZE }, (_, i) => initial[i] ?? ""),
  );
  const { pending, status, fieldErrors, statusRef, onSubmit } = useActionForm(save, {
    unexpected: "保存できませんでした。少し時間をおいて、もう一度お試しください。",
    onSuccess: () => {
      router.refresh();
      return "いまの順位を記録しました。下の履歴に追加されています。";
    },
  });
  const error = fieldErrors.ranking;

  // Choosing a value already ranked elsewhere swaps the two, so reordering is one step.
  function choose(index: number, key: string) {
    setRanks((current) => {
      const other = key ? current.findIndex((v, i) => i !== index && v === key) : -1;
      return current.map((v, i) => (i === index ? key : i === other ? (current[index] ?? "") : v));
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset aria-describedby={error ? "ranking-error" : undefined}>
        <legend className="font-bold">いま、いちばん大事な価値観を5つ</legend>
        <ol className="mt-3 space-y-3">
          {ranks.map((value, index) => (
            <li key={index} className="flex items-center gap-3">
              <label
                htmlFor={`rank${index + 1}`}
                className="w-10 shrink-0 text-center font-bold text-accent-strong"
              >
                {index + 1}位
              </label>
              <select
                id={`rank${index + 1}`}
                name={`rank${index + 1}`}
                value={value}
                aria-invalid={error ? true : undefined}
                onChange={(event) => choose(index, event.target.value)}
                className={inputClass}
              >
                <option value="">選んでください</option>
                {options.map((option) => (
                  <option key={option.key} value={option.key}>
                    {option.label}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ol>
        <FieldError id="ranking-error" message={error} />
      </fieldset>
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className={`mt-4 rounded-xl px-4 py-3 font-bold empty:hidden ${
          status?.ok ? "bg-sage-soft text-sage" : "bg-[#fff1ef] text-danger"
        }`}
      >
        {status?.text ?? ""}
      </p>
      <p className="mt-5">
        <button type="submit" className="btn-primary min-w-40" disabled={pending}>
          {pending ? "保存しています…" : "この順位を記録する"}
        </button>
      </p>
    </form>
  );
}
