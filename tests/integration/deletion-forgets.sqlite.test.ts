// Deleted is gone: after an entry or an account is deleted, none of her text can be read from the
// database files. Generic on purpose: the raw bytes of every file of the database (the main file,
// its WAL, anything beside them such as a search index's own files) are searched for a marker, so
// any table that keeps a copy of her text is covered too.
import { session } from "@/tests/support/mock-session";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { db } from "@/lib/db/client";
import { sqlitePath } from "@/lib/db/url";
import { settings } from "@/lib/env";
import { createEntry, updateEntry } from "@/lib/journal/entries";
import { createMember, entryInput } from "./journal-support";

const { deleteEntryAction } = await import("@/lib/journal/actions");

/** Whether any file of the database holds the text, in UTF-8 as SQLite stores it. */
function onDisk(text: string): string[] {
  const file = sqlitePath(settings().databaseUrl);
  const needle = Buffer.from(text, "utf8");
  return readdirSync(path.dirname(file))
    .filter((name) => name.startsWith(path.basename(file)))
    .filter((name) => readFileSync(path.join(path.dirname(file), name)).includes(needle));
}

/** An entry whose text reaches both the main file (checkpointed) and the WAL (edited after). */
async function writtenEverywhere(userId: string, marker: string) {
  const input = entryInput({
    title: `題 ${marker}`,
    body: `本文 ${marker} 消えるはずの言葉`,
    values: [`custom:${marker}`],
  });
  const { id } = await createEntry(userId, input);
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(PASSIVE)");
  await updateEntry(userId, id, { ...input, body: `${input.body} 書き足し ${marker}` });
  return id;
}

describe("deletion that deletes", () => {
  it("leaves no text of a deleted entry in the database file or its WAL", async () => {
    const member = await createMember("forget-entry@example.jp");
    const marker = `MARKER-ENTRY-${Date.now()}`;
    const id = await writtenEverywhere(member.id, marker);
    expect(onDisk(marker).length).toBeGreaterThan(0);

    session.user = { id: member.id, email: member.email };
    const form = new FormData();
    form.set("id", id);
    expect(await deleteEntryAction(form)).toEqual({ ok: true, data: null });
    session.user = null;

    expect(onDisk(marker)).toEqual([]);
  });

  it("leaves no text of a deleted account in the database file or its WAL", async () => {
    const member = await createMember("forget-account@example.jp");
    const marker = `MARKER-ACCOUNT-${Date.now()}`;
    await writtenEverywhere(member.id, marker);
    await writtenEverywhere(member.id, `${marker}-2`);
    expect(onDisk(marker).length).toBeGreaterThan(0);

    expect(await deleteAccount(member.id)).toBe(true);

    expect(onDisk(marker)).toEqual([]);
    expect(onDisk("forget-account@example.jp")).toEqual([]);
  });
});
