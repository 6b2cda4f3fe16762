import { describe, expect, it } from "vitest";
import { libpqConnection, toolMajor, versionMismatch } from "@/lib/db/backup-postgresql";
import { rowDigest } from "@/lib/db/checksum";
import { formatCopyReport } from "@/lib/db/copy";
import { COPY_ORDER, copyOrder } from "@/lib/db/copy-tables";
import { Prisma } from "@/lib/generated/prisma/client";

describe("db:copy's tables", () => {
  it("copies every model of the generated client, each once", () => {
    expect([...copyOrder()].sort()).toEqual(Object.values(Prisma.ModelName).sort());
    expect(new Set(COPY_ORDER).size).toBe(COPY_ORDER.length);
  });

  it("refuses to run with a model it does not know, naming the file to change", () => {
    expect(() => copyOrder([...Object.values(Prisma.ModelName), "SearchIndex"])).toThrow(
      /does not know the model\(s\) SearchIndex: add them to COPY_ORDER and ROW_KEYS in lib\/db\/copy-tables\.ts/,
    );
  });
});

describe("the copy's summary", () => {
  const table = (model: "User" | "JournalEntry", targetRows: number, targetChecksum: string) => ({
    model,
    sourceRows: 2,
    targetRows,
    sourceChecksum: "a".repeat(64),
    targetChecksum,
    match: targetRows === 2 && targetChecksum === "a".repeat(64),
  });
  const report = {
    from: "file:/srv/sentaku.db",
    to: "postgresql://sentaku:***@db/sentaku",
    migrationsApplied: [],
    catalogueRowsReplaced: 0,
  };

  it("lists every table and says the copy matches", () => {
    const text = formatCopyReport({
      ...report,
      tables: [table("User", 2, "a".repeat(64)), table("JournalEntry", 2, "a".repeat(64))],
      ok: true,
    });
    expect(text.split("\n").slice(0, 3)).toEqual([
      "table         rows  checksum          match",
      "User          2     aaaaaaaaaaaaaaaa  yes",
      "JournalEntry  2     aaaaaaaaaaaaaaaa  yes",
    ]);
    expect(text).toContain(
      "Copied 4 rows in 2 tables from file:/srv/sentaku.db to postgresql://sentaku:***@db/sentaku; every table's row count and checksum match.",
    );
  });

  it("marks a table that differs and says what to do", () => {
    const text = formatCopyReport({
      ...report,
      tables: [table("User", 2, "a".repeat(64)), table("JournalEntry", 1, "b".repeat(64))],
      ok: false,
    });
    expect(text).toMatch(/^JournalEntry\s+2 → 1\s+aaaaaaaaaaaaaaaa ≠ bbbbbbbbbbbbbbbb\s+NO$/m);
    expect(text).toContain("does not match the source (tables marked NO)");
  });
});

describe("row checksums", () => {
  const row = {
    id: "a",
    createdAt: new Date("2026-12-01T00:00:00.123Z"),
    mood: 3,
    title: null,
    body: "本文",
  };

  it("do not depend on the order of the fields", () => {
    const reordered = { body: "本文", title: null, mood: 3, createdAt: new Date(row.createdAt), id: "a" };
    expect(rowDigest("JournalEntry", reordered)).toEqual(rowDigest("JournalEntry", row));
  });

  it("change with any value, a null or a millisecond", () => {
    const digest = rowDigest("JournalEntry", row);
    expect(rowDigest("JournalEntry", { ...row, title: "" })).not.toEqual(digest);
    expect(rowDigest("JournalEntry", { ...row, mood: "3" })).not.toEqual(digest);
    expect(
      rowDigest("JournalEntry", { ...row, createdAt: new Date("2026-12-01T00:00:00.124Z") }),
    ).not.toEqual(digest);
    expect(rowDigest("OutboxMessage", row)).not.toEqual(digest);
  });
});

describe("PostgreSQL tools", () => {
  it("get the password in the environment, never on the command line", () => {
    const { dbname, env } = libpqConnection(
      "postgresql://sentaku:p%40ss@db.example:5433/site?schema=public&sslmode=require",
    );
    expect(dbname).toBe("postgresql://sentaku@db.example:5433/site?sslmode=require");
    expect(env).toEqual({ PGPASSWORD: "p@ss" });
    expect(libpqConnection("postgresql://postgres@127.0.0.1/site").env).toEqual({});
  });

  it("must be of the server's major version, or say what to install", () => {
    const output = "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n";
    expect(toolMajor(output)).toBe(15);
    expect(versionMismatch("pg_dump", output, 150020)).toBeNull();
    expect(versionMismatch("pg_dump", output, 170002)).toMatch(
      /pg_dump is version 15 but the server runs PostgreSQL 17\. Install the client tools of version 17 \(Debian\/Ubuntu: apt-get install postgresql-client-17\)/,
    );
  });
});
