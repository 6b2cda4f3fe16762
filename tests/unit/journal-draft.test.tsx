// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { entryDraftSchema, type EntryFormValues } from "@/components/journal/entry-draft";
import { draftKey, readDraft, useDraft } from "@/components/journal/use-draft";

const key = draftKey("member-1", "new:");
const empty: EntryFormValues = {
  title: "",
  body: "",
  entryDate: "2026-11-01",
  mood: "",
  values: [],
  newTag: "",
};
const written: EntryFormValues = { ...empty, body: "仕事と家庭の両立について。", values: ["family"] };

function store(raw: string) {
  window.localStorage.setItem(key, raw);
}

function mountForm() {
  const restore = vi.fn();
  const { result } = renderHook(() => useDraft(key, empty, empty, restore, entryDraftSchema));
  return { restore, result };
}

afterEach(() => window.localStorage.clear());

describe("a draft read back from this browser", () => {
  it("is restored when it has the form's shape", () => {
    store(JSON.stringify({ savedAt: "2026-11-20T03:00:00.000Z", value: written }));
    const { restore, result } = mountForm();
    expect(restore).toHaveBeenCalledWith(written);
    expect(result.current.restoredAt).toEqual(new Date("2026-11-20T03:00:00.000Z"));
  });

  it.each([
    ["not JSON", "{not json"],
    ["not an object", JSON.stringify("本文だけ")],
    ["an older shape, without the envelope", JSON.stringify(written)],
    [
      "an older shape of the fields",
      JSON.stringify({ savedAt: "2026-11-20T03:00:00.000Z", value: { text: "本文", tags: "family" } }),
    ],
    [
      "wrong types",
      JSON.stringify({
        savedAt: "2026-11-20T03:00:00.000Z",
        value: { ...written, values: "family", mood: 4 },
      }),
    ],
    ["an unreadable date", JSON.stringify({ savedAt: "yesterday", value: written })],
  ])("is ignored and removed when it is %s", (_, raw) => {
    store(raw);
    expect(() => mountForm()).not.toThrow();
    const { restore, result } = mountForm();
    expect(restore).not.toHaveBeenCalled();
    expect(result.current.restoredAt).toBeNull();
    expect(window.localStorage.getItem(key)).toBeNull();
  });

  it("reads as nothing when there is none", () => {
    expect(readDraft(key, entryDraftSchema)).toBeNull();
  });
});
