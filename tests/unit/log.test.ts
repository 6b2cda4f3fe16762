import { describe, expect, it } from "vitest";
import { createLogger, escapeForLog } from "@/lib/log";

describe("the server log", () => {
  it("escapes newlines, carriage returns, escape sequences and bidirectional controls", () => {
    expect(escapeForLog("a\nb\rc\td\u001b[31me\u202ef\u2028g")).toBe(
      "a\\nb\\rc\\td\\u001b[31me\\u202ef\\u2028g",
    );
    expect(escapeForLog("ふつうの文 (plain) 'text'")).toBe("ふつうの文 (plain) 'text'");
  });

  it("writes one line per message, whatever the message carries", () => {
    const lines: string[] = [];
    const write = (line: string) => lines.push(...line.split("\n"));
    const log = createLogger({ info: write, warn: write, error: write });
    log.info(
      "[journal] /members/journal?q=x\n[outbox] Sign-in link for victim@example.jp: https://evil.example/",
    );
    log.warn("a\r\n[outbox] Sign-in link for x");
    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith("[outbox]"))).toEqual([]);
  });

  it("keeps a real error's stack, one indented frame per line, so no frame passes for a line of its own", () => {
    const lines: string[] = [];
    const log = createLogger({
      info: () => {},
      warn: () => {},
      error: (line) => lines.push(...line.split("\n")),
    });
    log.error("[db] failed", new Error("boom\n[outbox] Sign-in link for forged@example.jp"));
    expect(lines[0]).toBe("[db] failed");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.startsWith("    "))).toBe(true);
  });
});
