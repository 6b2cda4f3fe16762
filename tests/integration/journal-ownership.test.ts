import { session } from "@/tests/support/mock-session";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEntry, deleteEntry, getEntry, listEntries, updateEntry } from "@/lib/journal/entries";
import { createMember, digestOf, entryForm, entryInput, entrySnapshot, thrown } from "./journal-support";

const { updateEntryAction, deleteEntryAction } = await import("@/lib/journal/actions");
const { default: EntryPage } = await import("@/app/members/journal/[id]/page");
const { default: EditEntryPage } = await import("@/app/members/journal/[id]/edit/page");
const { GET: exportEntry } = await import("@/app/members/journal/[id]/export/route");
const { GET: exportAll } = await import("@/app/members/account/export/route");
const { GET: entriesRoute } = await import("@/app/members/journal/entries/route");

/** The strings in a React element tree as returned by a server component (without rendering children). */
function strings(node: unknown, seen = new WeakSet<object>()): string[] {
  if (typeof node === "string") return [node];
  if (!node || typeof node !== "object" || seen.has(node)) return [];
  seen.add(node);
  if (Array.isArray(node)) return node.flatMap((child) => strings(child, seen));
  const props = (node as { props?: Record<string, unknown> }).props;
  return props ? Object.values(props).flatMap((value) => strings(value, seen)) : [];
}

const SECRET = "Aさんだけの秘密: 転職を考えている。";

describe("member B and member A's entry", () => {
  let a: { id: string; email: string };
  let b: { id: string; email: string };
  let entryId: string;
  let before: Awaited<ReturnType<typeof entrySnapshot>>;

  beforeAll(async () => {
    a = await createMember("a@example.jp");
    b = await createMember("b@example.jp");
    await createEntry(b.id, entryInput({ body: "Bの記録" }));
  });

  beforeEach(async () => {
    session.user = null;
    const created = await createEntry(
      a.id,
      entryInput({ title: "Aの題", body: SECRET, values: ["family", "custom:転職"] }),
    );
    entryId = created.id;
    before = await entrySnapshot(entryId);
    expect(before?.body).toBe(SECRET);
  });

  async function expectUnchanged() {
    expect(await entrySnapshot(entryId)).toEqual(before);
  }

  describe("through the query functions", () => {
    it("cannot read it", async () => {
      expect(await getEntry(b.id, entryId)).toBeNull();
      expect(await getEntry(a.id, entryId)).not.toBeNull();
    });

    it("cannot edit it", async () => {
      expect(
        await updateEntry(b.id, entryId, entryInput({ body: "書き換え", values: ["income"] })),
      ).toBeNull();
      await expectUnchanged();
    });

    it("cannot delete it", async () => {
      expect(await deleteEntry(b.id, entryId)).toBe(false);
      await expectUnchanged();
    });

    it("never finds it in a list or a search", async () => {
      const page = await listEntries(b.id, { q: "秘密", value: null, month: null, day: null });
      expect(page.items).toEqual([]);
      const byValue = await listEntries(b.id, { q: null, value: "custom:転職", month: null, day: null });
      expect(byValue.items).toEqual([]);
    });
  });

  describe("through the server actions called directly", () => {
    it("gets not-found from the edit action and changes nothing", async () => {
      session.user = b;
      const result = await updateEntryAction(
        entryForm({ id: entryId, body: "書き換え", values: ["income"], mood: "1", title: "乗っ取り" }),
      );
      expect(result).toMatchObject({ ok: false, notFound: true });
      await expectUnchanged();
    });

    it("gets not-found from the delete action and changes nothing", async () => {
      session.user = b;
      const form = new FormData();
      form.set("id", entryId);
      expect(await deleteEntryAction(form)).toMatchObject({ ok: false, notFound: true });
      await expectUnchanged();
    });

    it("signed out, is sent to sign-in and changes nothing", async () => {
      const form = new FormData();
      form.set("id", entryId);
      const error = await thrown(deleteEntryAction(form));
      expect(digestOf(error)).toContain(`/signin?callbackUrl=${encodeURIComponent("/members/journal")}`);
      await expectUnchanged();
    });

    it("lets the owner edit and delete it with the same actions", async () => {
      session.user = a;
      const result = await updateEntryAction(
        entryForm({ id: entryId, body: "Aが書き直した", values: ["growth"] }),
      );
      expect(result).toEqual({ ok: true, data: { id: entryId } });
      const after = await entrySnapshot(entryId);
      expect(after?.body).toBe("Aが書き直した");
      expect(after?.values.map((v) => v.key)).toEqual(["growth"]);
      const form = new FormData();
      form.set("id", entryId);
      expect(await deleteEntryAction(form)).toEqual({ ok: true, data: null });
      expect(await entrySnapshot(entryId)).toBeNull();
      expect(await db.entryValue.count({ where: { entryId } })).toBe(0);
    });
  });

  describe("through the pages", () => {
    it("gets not-found from the entry page and its edit page", async () => {
      session.user = b;
      for (const page of [EntryPage, EditEntryPage]) {
        const error = await thrown(
          page({ params: Promise.resolve({ id: entryId }), searchParams: Promise.resolve({}) }),
        );
        expect(digestOf(error)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
      }
    });

    it("renders them for the owner", async () => {
      session.user = a;
      const element = await EntryPage({
        params: Promise.resolve({ id: entryId }),
        searchParams: Promise.resolve({}),
      });
      expect(strings(element)).toContain(SECRET);
    });
  });

  describe("through the exports", () => {
    it("gets a 404 for that entry's file, which does not contain it", async () => {
      session.user = b;
      const response = await exportEntry(new Request(`http://localhost/members/journal/${entryId}/export`), {
        params: Promise.resolve({ id: entryId }),
      });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("秘密");
    });

    it("gets only her own entries in the full export and the list route", async () => {
      session.user = b;
      for (const format of ["markdown", "json"]) {
        const response = await exportAll(
          new Request(`http://localhost/members/account/export?format=${format}`),
        );
        const text = await response.text();
        expect(text).toContain("Bの記録");
        expect(text).not.toContain("秘密");
      }
      const list = await entriesRoute(
        new Request(`http://localhost/members/journal/entries?q=${encodeURIComponent("秘密")}`),
      );
      expect(await list.json()).toEqual({ items: [], nextCursor: null });
    });

    it("gives the owner the entry as a file", async () => {
      session.user = a;
      const response = await exportEntry(
        new Request(`http://localhost/members/journal/${entryId}/export?format=markdown`),
        { params: Promise.resolve({ id: entryId }) },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="sentaku-journal-/);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(await response.text()).toContain(SECRET);
    });
  });
});
