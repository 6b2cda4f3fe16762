"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const PREFIX = "sentaku:journal-draft:";
const SAVE_DELAY_MS = 400;

interface StoredDraft<T> {
  savedAt: string;
  value: T;
}

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

function read<T>(key: string): StoredDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as StoredDraft<T>) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what she is writing in this browser until it is saved: a closed tab, a crash or a failed
 * save loses nothing. The draft never leaves the device. `pristine` is the value with nothing
 * typed (or the saved entry, when editing); such a value is not kept as a draft.
 */
export function useDraft<T>(
  key: string,
  value: T,
  pristine: T,
  restore: (value: T) => void,
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
    const stored = read<T>(key);
    if (stored && JSON.stringify(stored.value) !== pristineJson) {
      restoreRef.current(stored.value);
      // Storage exists only in the browser, so this cannot be read during render without a
      // hydration mismatch; one extra render after mount is the price.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestoredAt(new Date(stored.savedAt));
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
