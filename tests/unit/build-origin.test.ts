import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtForUrl, rebuildReason, recordBuildUrl } from "../../scripts/build-origin";

const dir = mkdtempSync(path.join(tmpdir(), "build-origin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the address a build was made for", () => {
  it("takes a build without a record as it is", () => {
    expect(builtForUrl(dir)).toBeNull();
    expect(rebuildReason(dir, "https://sentaku.example")).toBeNull();
  });

  it("keeps a build made for this address, and names both addresses when they differ", () => {
    recordBuildUrl(dir, "http://localhost:3000");
    expect(builtForUrl(dir)).toBe("http://localhost:3000");
    expect(rebuildReason(dir, "http://localhost:3000")).toBeNull();
    const reason = rebuildReason(dir, "https://sentaku.example");
    expect(reason).toContain("http://localhost:3000");
    expect(reason).toContain("https://sentaku.example");
    expect(reason?.split("\n")).toHaveLength(1);
  });
});
