"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import * as z from "zod/mini";

const PREFIX = "sentaku:journal-draft:";
const SAVE_DELAY_MS = 400;

// What is stored under a draft key: when, and the form's fields (checked by the form's schema).
const storedDraftSchema = z.object({
  savedAt: z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)))),
  value: z.unknown(),
});

/** The draft key for a form; includes her id so two members sharing a browser keep theirs apart. */
export function draftKey(userId: string, form: string): string {
  return `${PREFIX}${userId}:${form}`;
}

/** Removes every draft of hers, for when her account goes. */
export function clearAllDrafts(userId: string): void {
  try {
    const mine = `${PREFIX}${userId}:`;
    for (const key of Object.keys(window.localStorage))
      if (key.startsWith(mine)) window.localStorage.removeItem(key);
  } catch {
    // Storage may be disabled; then there is nothing to clear either.
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The draft kept under `key`, or null when there is none or it cannot be used: not JSON, written
 * by an older version of the form, or edited by hand. Such a draft is removed, not restored into
 * a form that would break on it.
 */
export function readDraft<T>(key: string, schema: z.ZodMiniType<T>): { savedAt: Date; value: T } | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return null;
    const stored = storedDraftSchema.safeParse(parseJson(raw));
    const value = stored.success ? schema.safeParse(stored.data.value) : null;
    if (!stored.success || !value?.success) {
      window.localStorage.removeItem(key);
      return null;
    }
    return { savedAt: new Date(stored.data.savedAt), value: value.data };
  } catch {
    // Storage may be disabled.
    return null;
  }
}

/**
 * Keeps what she is writing in this browser until it is saved: a closed tab, a crash or a failed
 * save loses nothing. The draft never leaves the device. `pristine` is the value with nothing
 * typed (or the saved entry, when editing); such a value is not kept as a draft. `schema` checks a
 * stored draft before it is restored.
 */
export function useDraft<T>(
  key: string,
  value: T,
  pristine: T,
  restore: (value: T) => void,
  schema: z.ZodMiniType<T>,
): { restoredAt: Date | null; discard: () => void; clear: () => void } {
  const [restoredAt, setRestoredAt] = useState<Date | null>(null);
  const ready = useRef(false);
  const done = useRef(false);
  const latest = useRef(value);
  const restoreRef = useRef(restore);
  const pristineJson = JSON.stringify(pristine);

  useEffect(() => {
    restoreRef.current = restore;
  });

  // Restore once, after hydration: the server cannot see the browser's storage.
  useEffect(() => {
    const stored = readDraft(key, schema);
    if (stored && JSON.stringify(stored.value) !== pristineJson) {
      restoreRef.current(stored.value);
      // Storage exists only in the browser, so this cannot be read during render without a
      // hydration mismatch; one extra render after mount is the price.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestoredAt(stored.savedAt);
    }
    ready.current = true;
    // Only on mount and when the form changes identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const write = useCallback(
    (next: T) => {
      if (!ready.current || done.current) return;
      try {
        if (JSON.stringify(next) === pristineJson) window.localStorage.removeItem(key);
        else
          window.localStorage.setItem(
            key,
            JSON.stringify({ savedAt: new Date().toISOString(), value: next }),
          );
      } catch {
        // A full or disabled storage must never stop her from writing.
      }
    },
    [key, pristineJson],
  );

  useEffect(() => {
    latest.current = value;
    const timer = window.setTimeout(() => write(value), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [value, write]);

  // A tab closed within the delay still keeps the last words.
  useEffect(() => {
    const flush = () => write(latest.current);
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [write]);

  const clear = useCallback(() => {
    done.current = true;
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to do.
    }
  }, [key]);

  const discard = useCallback(() => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to do.
    }
    setRestoredAt(null);
    restoreRef.current(JSON.parse(pristineJson) as T);
  }, [key, pristineJson]);

  return { restoredAt, discard, clear };
}
