import { describe, expect, it } from "vitest";
import { calendarDays } from "@/lib/journal/calendar";
import { createEntry, listEntries } from "@/lib/journal/entries";
import type { JournalFilters } from "@/lib/journal/schema";
import { createMember, entryInput } from "./journal-support";

// The calendar must mark exactly the days, and count exactly the entries, that the list shows
// for the same search and value filter: only hers, only that month.

const none: JournalFilters = { q: null, value: null, month: null, day: null };

describe("the calendar follows the list's filters", () => {
  it("counts per day only her entries matching the search and the value, with the day's mood", async () => {
    const her = await createMember("calendar@example.jp");
    const other = await createMember("calendar-other@example.jp");
    await createEntry(
      her.id,
      entryInput({ title: null, body: "仕事と家庭の両立。", entryDate: "2026-11-03", mood: 2 }),
    );
    await createEntry(
      her.id,
      entryInput({ title: "WORK", body: "両立の話", entryDate: "2026-11-03", mood: 5, values: ["health"] }),
    );
    await createEntry(
      her.id,
      entryInput({ title: null, body: "雨の日。", entryDate: "2026-11-10", mood: null, values: [] }),
    );
    await createEntry(her.id, entryInput({ title: null, body: "両立はまだ。", entryDate: "2026-10-31" }));
    await createEntry(other.id, entryInput({ body: "両立", entryDate: "2026-11-04" }));

    expect(await calendarDays(her.id, "2026-11", none)).toEqual({
      "2026-11-03": { count: 2, mood: 4 },
      "2026-11-10": { count: 1, mood: null },
    });
    expect(await calendarDays(her.id, "2026-11", { q: "両立", value: null })).toEqual({
      "2026-11-03": { count: 2, mood: 4 },
    });
    expect(await calendarDays(her.id, "2026-11", { q: "work", value: null })).toEqual({
      "2026-11-03": { count: 1, mood: 5 },
    });
    expect(await calendarDays(her.id, "2026-11", { q: "両立", value: "health" })).toEqual({
      "2026-11-03": { count: 1, mood: 5 },
    });
    expect(await calendarDays(her.id, "2026-11", { q: "見つからない", value: null })).toEqual({});

    // The same filters give the list the same entries.
    const listed = await listEntries(her.id, { ...none, q: "両立", month: "2026-11" });
    expect(listed.items).toHaveLength(2);
  });
});
