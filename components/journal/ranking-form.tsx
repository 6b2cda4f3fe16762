"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError } from "@/components/members/field-error";
import { useActionForm } from "@/components/members/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { RANKING_SIZE } from "@/lib/journal/limits";
import type { ValueOption } from "@/lib/journal/values";
import { RankingOrder } from "./ranking-order";

/**
 * Her top values, chosen in order by tapping chips: a tap gives a value the next free place, a
 * second tap takes it out and the places after it move up, on screen before anything is saved.
 * The chosen order below has buttons to move or remove each one. What is sent is exactly that
 * order (rank1, rank2, …), and the server saves it as sent or refuses it.
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
  const [chosen, setChosen] = useState<string[]>(() => initial.slice(0, RANKING_SIZE));
  const [said, setSaid] = useState("");
  const { pending, status, fieldErrors, statusRef, onSubmit } = useActionForm(save, {
    unexpected: "保存できませんでした。少し時間をおいて、もう一度お試しください。",
    onSuccess: () => {
      router.refresh();
      return "いまの順位を記録しました。下の履歴に追加されています。";
    },
  });
  const error = fieldErrors.ranking;
  const labelOf = (key: string) => options.find((o) => o.key === key)?.label ?? key;
  const full = chosen.length >= RANKING_SIZE;

  function toggle(key: string) {
    const at = chosen.indexOf(key);
    if (at === -1) {
      if (full) return;
      setChosen([...chosen, key]);
      setSaid(`「${labelOf(key)}」を${chosen.length + 1}位にしました。`);
    } else {
      setChosen(chosen.filter((k) => k !== key));
      setSaid(
        at < chosen.length - 1
          ? `「${labelOf(key)}」を外しました。${at + 2}位から下が1つずつ上がりました。`
          : `「${labelOf(key)}」を外しました。`,
      );
    }
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const key = chosen[index];
    const other = chosen[target];
    if (key === undefined || other === undefined) return;
    const next = [...chosen];
    next[target] = key;
    next[index] = other;
    setChosen(next);
    setSaid(`「${labelOf(key)}」を${target + 1}位にしました。`);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {chosen.map((key, i) => (
        <input key={key} type="hidden" name={`rank${i + 1}`} value={key} />
      ))}
      <fieldset aria-describedby={error ? "ranking-hint ranking-error" : "ranking-hint"}>
        <legend className="font-bold">いま、いちばん大事な価値観</legend>
        <p id="ranking-hint" className="mt-1 text-sm text-muted">
          1〜{RANKING_SIZE}個まで選べます。選んだ順が順位になります。もう一度押すと外れます。
        </p>
        <ul className="mt-3 flex flex-wrap gap-2">
          {options.map((option) => {
            const place = chosen.indexOf(option.key);
            const on = place !== -1;
            return (
              <li key={option.key}>
                <button
                  type="button"
                  aria-pressed={on}
                  disabled={!on && full}
                  onClick={() => toggle(option.key)}
                  className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3.5 text-[0.95rem] transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${
                    on
                      ? "border-accent-strong bg-accent-soft font-bold text-accent-strong"
                      : "border-line bg-card hover:border-accent/60"
                  }`}
                >
                  {on ? (
                    <span className="rounded-full bg-accent-strong px-1.5 text-xs leading-5 text-white">
                      {place + 1}位
                    </span>
                  ) : null}
                  {option.label}
                </button>
              </li>
            );
          })}
        </ul>
        {full ? (
          <p className="mt-2 text-sm text-muted">
            {RANKING_SIZE}つ選びました。入れ替えるときは、どれかを外してから選んでください。
          </p>
        ) : null}
        <RankingOrder chosen={chosen} labelOf={labelOf} onMove={move} onRemove={toggle} />
        <p role="status" aria-live="polite" className="sr-only">
          {said}
        </p>
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
