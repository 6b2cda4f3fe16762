"use client";

import { useState } from "react";
import { messages } from "@/lib/journal/limits";
import {
  CUSTOM_TAG_MAX_LENGTH,
  characterCount,
  customKey,
  customLabelProblem,
  isCustomKey,
  normaliseCustomLabel,
  type ValueOption,
} from "@/lib/journal/values";
import { FieldError } from "@/components/members/field-error";
import { inputClass } from "@/components/members/styles";

/**
 * Values as toggle chips: each is a real checkbox with its label, so the keyboard, screen readers
 * and a form post all see the same thing. Her own tags are added below and become chips too.
 */
export function ValueChips({
  options,
  selected,
  onToggle,
  onAdd,
  newTag,
  onNewTagChange,
  valuesError,
  newTagError,
}: {
  options: ValueOption[];
  selected: readonly string[];
  onToggle: (key: string) => void;
  onAdd: (key: string) => void;
  newTag: string;
  onNewTagChange: (value: string) => void;
  valuesError: string | undefined;
  newTagError: string | undefined;
}) {
  const [localError, setLocalError] = useState<string | null>(null);
  const tagError = localError ?? newTagError;
  const typed = characterCount(normaliseCustomLabel(newTag));

  function add() {
    const label = normaliseCustomLabel(newTag);
    const problem = customLabelProblem(label);
    if (problem === "empty") return;
    if (problem) {
      // Same rule and words as the server; the text stays in the box so she can shorten it.
      setLocalError(problem === "too-long" ? messages.tagTooLong : messages.tagInvalid);
      return;
    }
    setLocalError(null);
    onAdd(customKey(label));
    onNewTagChange("");
  }

  return (
    <fieldset aria-describedby={valuesError ? "values-error" : undefined}>
      <legend className="font-bold">
        関係する価値観 <span className="text-sm font-normal text-muted">(いくつでも)</span>
      </legend>
      <ul className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => {
          const id = `value-${option.key}`;
          return (
            <li key={option.key} className="relative">
              <input
                id={id}
                type="checkbox"
                name="values"
                value={option.key}
                checked={selected.includes(option.key)}
                onChange={() => onToggle(option.key)}
                // Transparent over the chip, so a tap anywhere on it is a tap on the checkbox.
                className="peer absolute inset-0 m-0 size-full cursor-pointer opacity-0"
              />
              <label
                htmlFor={id}
                className="inline-flex min-h-11 cursor-pointer items-center gap-1 rounded-full border border-line bg-card px-3.5 text-[0.95rem] transition-colors peer-checked:border-sage peer-checked:bg-sage-soft peer-checked:font-bold peer-checked:text-sage peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent peer-hover:border-sage/60"
              >
                <span aria-hidden="true" className="w-3.5 text-center">
                  {selected.includes(option.key) ? "✓" : isCustomKey(option.key) ? "#" : "+"}
                </span>
                {option.label}
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError id="values-error" message={valuesError} />

      <div className="mt-4">
        <label htmlFor="newTag" className="text-sm font-bold">
          自分のタグを追加
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="newTag"
            name="newTag"
            value={newTag}
            onChange={(event) => {
              setLocalError(null);
              onNewTagChange(event.target.value);
            }}
            onKeyDown={(event) => {
              // Enter adds the tag instead of saving the whole entry.
              if (event.key === "Enter" && !event.nativeEvent.isComposing) {
                event.preventDefault();
                add();
              }
            }}
            aria-invalid={tagError ? true : undefined}
            aria-describedby={`newTag-hint${tagError ? " newTag-error" : ""}`}
            autoComplete="off"
            enterKeyHint="done"
            className={`${inputClass} min-w-0 flex-1`}
            placeholder="例: 副業、地元"
          />
          <button type="button" onClick={add} className="btn-secondary shrink-0 px-4">
            追加
          </button>
        </div>
        <p
          id="newTag-hint"
          className={`mt-1 text-sm ${typed > CUSTOM_TAG_MAX_LENGTH ? "font-bold text-danger" : "text-muted"}`}
        >
          {CUSTOM_TAG_MAX_LENGTH}文字まで(いま{typed}文字)。入力したまま保存しても追加されます。
        </p>
        <FieldError id="newTag-error" message={tagError ?? undefined} />
      </div>
    </fieldset>
  );
}
