import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { attachmentDisposition } from "@/lib/downloads/content-disposition";
import { InvalidStorageKeyError, LocalFileStorage } from "@/lib/downloads/storage";

const root = mkdtempSync(path.join(tmpdir(), "sentaku-storage-"));
writeFileSync(path.join(root, "ok.pdf"), "%PDF-1.7");
const storage = new LocalFileStorage(root);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("LocalFileStorage", () => {
  it("reads a plain key", async () => {
    expect(new TextDecoder().decode(await storage.read("ok.pdf"))).toBe("%PDF-1.7");
  });

  it.each(["../secret.txt", "..%2fsecret.txt", "/etc/passwd", "..\\secret.txt", ".env", "a/b.pdf", ""])(
    "refuses the key %j",
    async (key) => {
      await expect(storage.read(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    },
  );
});

describe("attachmentDisposition", () => {
  it("carries the Japanese name in filename* and an ASCII fallback", () => {
    const header = attachmentDisposition("副業準備チェックリスト.pdf", "fukugyo-checklist.pdf");
    expect(header).toMatch(/^attachment; filename="fukugyo-checklist\.pdf"; filename\*=UTF-8''/);
    const encoded = header.split("filename*=UTF-8''")[1] ?? "";
    expect(decodeURIComponent(encoded)).toBe("副業準備チェックリスト.pdf");
  });
});
