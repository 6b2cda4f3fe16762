import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { sqlitePath } from "@/lib/db/url";
import { settings } from "@/lib/env";
import { spawnCrashWriter } from "../support/crash-writer-process";

describe("a crash in the middle of writes", () => {
  it("loses no write that had returned, and leaves an intact database", async () => {
    const file = sqlitePath(settings().databaseUrl);
    const child = spawnCrashWriter(file);
    const confirmed: string[] = [];
    let buffer = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );

    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        confirmed.push(...lines.filter(Boolean));
        // Kill it while it is busy writing, well after it started.
        if (confirmed.length >= 150) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => reject(new Error(`writer stopped early: ${stderr}`)));
    });
    expect(await exited).toBe("SIGKILL");

    const database = new Database(file);
    try {
      expect(database.pragma("integrity_check", { simple: true })).toBe("ok");
      const present = new Set(
        (database.prepare("SELECT id FROM OutboxMessage").all() as { id: string }[]).map((row) => row.id),
      );
      const lost = confirmed.filter((id) => !present.has(id));
      expect(lost).toEqual([]);
      expect(present.size).toBeGreaterThanOrEqual(confirmed.length);
    } finally {
      database.close();
    }
  });
});
