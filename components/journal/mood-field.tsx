import { useRef } from "react";
import { MOODS } from "@/lib/journal/limits";
import { FieldError } from "@/components/members/field-error";
import { MoodFace } from "./mood-face";

/**
 * Mood as a radio group of five faces, each on its own colour: arrow keys move between them. No
 * mood is the state when none is checked, never a tile of its own, so a new entry starts with
 * nothing chosen and 「選択を外す」 quietly takes a choice back.
 */
export function MoodField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const first = useRef<HTMLInputElement>(null);
  return (
    <fieldset aria-describedby={error ? "mood-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend className="font-bold">
        今日の気分 <span className="text-sm font-normal text-muted">(任意)</span>
      </legend>
      <div className="mt-2 grid grid-cols-5 gap-1.5 sm:gap-2">
        {MOODS.map((mood, i) => (
          <label
            key={mood.value}
            style={{ backgroundColor: mood.color, color: mood.ink }}
            className="relative flex min-h-20 cursor-pointer flex-col items-center justify-center rounded-xl px-0.5 py-2 text-center text-xs leading-tight ring-offset-2 ring-offset-card transition-transform has-checked:scale-105 has-checked:font-bold has-checked:ring-[3px] has-checked:ring-ink has-focus-visible:outline-3 has-focus-visible:outline-offset-4 has-focus-visible:outline-accent"
          >
            <input
              ref={i === 0 ? first : undefined}
              type="radio"
              name="mood"
              value={String(mood.value)}
              checked={value === String(mood.value)}
              onChange={() => onChange(String(mood.value))}
              // Transparent over the whole tile, so a tap anywhere on it is a tap on the radio.
              className="peer absolute inset-0 m-0 size-full cursor-pointer opacity-0"
            />
            <span
              aria-hidden="true"
              className="absolute -top-2 -right-1.5 hidden size-5 items-center justify-center rounded-full bg-ink text-[0.7rem] text-white peer-checked:flex"
            >
              ✓
            </span>
            <MoodFace mood={mood.value} className="size-9" />
            {/* Broken only after 「とても」, so a narrow tile never splits a word. */}
            <span className="mt-1 break-keep">
              {mood.label.startsWith("とても") ? (
                <>
                  とても
                  <wbr />
                  {mood.label.slice(3)}
                </>
              ) : (
                mood.label
              )}
            </span>
          </label>
        ))}
      </div>
      <div className="mt-1 flex min-h-11 items-center text-sm text-muted">
        {value ? (
          <button
            type="button"
            onClick={() => {
              onChange("");
              first.current?.focus();
            }}
            className="min-h-11 px-1 underline underline-offset-4 hover:text-ink"
          >
            選択を外す
          </button>
        ) : (
          <p>選ばなければ、気分は記録しません。</p>
        )}
      </div>
      <FieldError id="mood-error" message={error} />
    </fieldset>
  );
}
