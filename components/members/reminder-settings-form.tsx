"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  type ReminderSettings,
  WEEKDAY_LABELS,
  WEEKDAY_ORDER,
  describeScheduleJa,
} from "@/lib/reminders/schema";
import { FieldError } from "./field-error";
import { useActionForm } from "./use-action-form";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Her reminder schedule: on or off, the weekdays as toggle chips, and the hour in Japan time. */
export function ReminderSettingsForm({
  initial,
  save,
}: {
  initial: ReminderSettings;
  save: (formData: FormData) => Promise<ActionResult<ReminderSettings>>;
}) {
  const router = useRouter();
  const hourId = useId();
  const weekdaysErrorId = useId();
  const [enabled, setEnabled] = useState(initial.enabled);
  const { pending, status, fieldErrors, statusRef, onSubmit } = useActionForm(save, {
    unexpected: "保存できませんでした。少し時間をおいて、もう一度お試しください。",
    onSuccess: (saved) => {
      router.refresh();
      return `保存しました。${describeScheduleJa(saved)}`;
    },
  });
  const weekdaysError = fieldErrors.weekdays;

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
      <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border border-line bg-card px-4 py-2">
        <input
          type="checkbox"
          name="enabled"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
          className="size-5 shrink-0 accent-accent"
        />
        <span className="font-bold">問いのお知らせメールを受け取る</span>
      </label>

      <fieldset aria-describedby={weekdaysError ? weekdaysErrorId : undefined}>
        <legend className="font-bold">お知らせする曜日</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {WEEKDAY_ORDER.map((day) => (
            <label key={day} className="cursor-pointer">
              <input
                type="checkbox"
                name="weekdays"
                value={String(day)}
                defaultChecked={initial.weekdays.includes(day)}
                aria-invalid={weekdaysError ? true : undefined}
                className="peer sr-only"
              />
              <span
                data-testid="weekday-chip"
                className="flex min-h-11 min-w-11 items-center justify-center rounded-full border border-line bg-card px-3 font-bold text-ink peer-checked:border-accent peer-checked:bg-accent peer-checked:text-white peer-focus-visible:outline-[3px] peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent peer-focus-visible:outline-solid"
              >
                <span aria-hidden="true">{WEEKDAY_LABELS[day]}</span>
                <span className="sr-only">{WEEKDAY_LABELS[day]}曜日</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id={weekdaysErrorId} message={weekdaysError} />
      </fieldset>

      <div>
        <label htmlFor={hourId} className="block font-bold">
          時間(日本時間)
        </label>
        <select
          id={hourId}
          name="hour"
          defaultValue={String(initial.hour)}
          className="mt-2 block min-h-11 rounded-xl border border-line bg-card px-3 py-2 text-base text-ink"
        >
          {HOURS.map((hour) => (
            <option key={hour} value={String(hour)}>
              {hour}時ごろ
            </option>
          ))}
        </select>
      </div>

      <button type="submit" className="btn-primary" disabled={pending} aria-busy={pending}>
        {pending ? "保存しています…" : "お知らせの設定を保存する"}
      </button>
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className={status ? "rounded-md border border-line bg-accent-soft p-3 text-sm" : "text-sm"}
      >
        {status?.text ?? null}
      </p>
    </form>
  );
}
