import { MOODS } from "@/lib/journal/limits";
import { FieldError } from "@/components/members/field-error";
import { MoodFace } from "./mood-face";

/** Mood as a radio group: arrow keys move between the faces, and "none" is a choice too. */
export function MoodField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const options = [
    ...MOODS.map((m) => ({ value: String(m.value), label: m.label })),
    { value: "", label: "記録しない" },
  ];
  return (
    <fieldset aria-describedby={error ? "mood-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend className="font-bold">
        今日の気分 <span className="text-sm font-normal text-muted">(任意)</span>
      </legend>
      <div className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-6">
        {options.map((option) => (
          <label
            key={option.value || "none"}
            className="relative flex min-h-14 cursor-pointer flex-col items-center justify-center rounded-xl border border-line bg-card px-1 py-1.5 text-center text-xs leading-tight transition-colors has-checked:border-accent has-checked:bg-accent-soft has-checked:font-bold has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent hover:border-accent/60"
          >
            <input
              type="radio"
              name="mood"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              // Transparent over the whole face, so a tap anywhere on it is a tap on the radio.
              className="absolute inset-0 m-0 size-full cursor-pointer opacity-0"
            />
            {option.value ? (
              <MoodFace mood={Number(option.value)} className="size-7 text-accent-strong" />
            ) : null}
            <span className={option.value ? "mt-1" : ""}>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id="mood-error" message={error} />
    </fieldset>
  );
}
