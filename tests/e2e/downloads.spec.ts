import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { e2eEnvironment } from "./support/env";
import { openDatabase, signInAs } from "./support/members";

const env = e2eEnvironment();
const manifest = JSON.parse(readFileSync("content/downloads/manifest.json", "utf8")) as {
  downloads: { slug: string; title: string; storageKey: string }[];
};
const slugs = manifest.downloads.map((d) => d.slug);
const first = manifest.downloads[0];
if (!first) throw new Error("The manifest lists no downloads.");

/** A request with the path sent exactly as written: no client-side normalisation of dots. */
function rawGet(rawPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: Number(env.port),
          path: rawPath,
          headers: { host: `localhost:${env.port}`, ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on("error", reject);
      req.end();
    },
  );
}

test.describe("without a session", () => {
  for (const slug of [...slugs, "no-such-file"]) {
    test(`${slug}: a browser is sent to sign-in and back, other clients get 401, and no PDF bytes`, async ({
      request,
    }) => {
      for (const method of ["GET", "HEAD"] as const) {
        const asBrowser = await request.fetch(`/members/downloads/${slug}`, {
          method,
          headers: { accept: "text/html,application/xhtml+xml" },
          maxRedirects: 0,
        });
        expect(asBrowser.status()).toBe(303);
        const location = new URL(asBrowser.headers().location ?? "", env.baseURL);
        expect(location.pathname).toBe("/signin");
        expect(location.searchParams.get("callbackUrl")).toMatch(/^\/members\/downloads/);
        expect((await asBrowser.body()).includes("%PDF")).toBe(false);

        const asScript = await request.fetch(`/members/downloads/${slug}`, { method, maxRedirects: 0 });
        expect(asScript.status()).toBe(401);
        expect(asScript.headers()["content-type"]).not.toContain("pdf");
        expect((await asScript.body()).includes("%PDF")).toBe(false);
      }
    });
  }
});

test.describe("a member", () => {
  const email = `downloader-${Date.now()}@example.jp`;

  test("gets each file stamped with her address on every page, under its Japanese name", async ({
    context,
  }) => {
    const { userId } = await signInAs(context, email);
    const dir = mkdtempSync(path.join(tmpdir(), "sentaku-pdf-"));
    try {
      for (const entry of manifest.downloads) {
        const response = await context.request.get(`/members/downloads/${entry.slug}`);
        expect(response.status()).toBe(200);
        const headers = response.headers();
        expect(headers["content-type"]).toBe("application/pdf");
        expect(headers["cache-control"]).toMatch(/^private, no-store\b/);
        expect(headers["x-content-type-options"]).toBe("nosniff");
        const encoded = /filename\*=UTF-8''([^;]+)/.exec(headers["content-disposition"] ?? "")?.[1] ?? "";
        expect(headers["content-disposition"]).toMatch(/^attachment;/);
        expect(decodeURIComponent(encoded)).toBe(`${entry.title}.pdf`);

        const body = await response.body();
        expect(Number(headers["content-length"])).toBe(body.byteLength);
        expect(body.subarray(0, 5).toString()).toBe("%PDF-");
        const document = await PDFDocument.load(body);
        const database = openDatabase();
        const row = database.prepare("SELECT pageCount FROM Download WHERE slug = ?").get(entry.slug) as {
          pageCount: number;
        };
        database.close();
        expect(document.getPageCount()).toBe(row.pageCount);

        const file = path.join(dir, `${entry.slug}.pdf`);
        writeFileSync(file, body);
        for (let page = 1; page <= row.pageCount; page += 1) {
          const text = execFileSync("pdftotext", [
            "-f",
            String(page),
            "-l",
            String(page),
            file,
            "-",
          ]).toString();
          expect(text, `page ${page} of ${entry.slug}`).toContain(email);
        }
      }
      const database = openDatabase();
      const count = database
        .prepare("SELECT COUNT(*) AS n FROM DownloadEvent WHERE userId = ?")
        .get(userId) as {
        n: number;
      };
      database.close();
      expect(count.n).toBe(manifest.downloads.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("adds one record per download and sees the count and the last time", async ({ context, page }) => {
    const { userId } = await signInAs(context, `counter-${Date.now()}@example.jp`);
    await page.goto("/members/downloads");
    await expect(page.getByTestId(`history-${first.slug}`)).toHaveText("まだダウンロードしていません");

    for (let n = 1; n <= 2; n += 1) {
      const downloadEvent = page.waitForEvent("download");
      await page
        .getByRole("article", { name: first.title })
        .getByRole("link", { name: /ダウンロード/ })
        .click();
      const download = await downloadEvent;
      expect(download.suggestedFilename()).toBe(`${first.title}.pdf`);
      const database = openDatabase();
      const { n: rows } = database
        .prepare(
          "SELECT COUNT(*) AS n FROM DownloadEvent e JOIN Download d ON d.id = e.downloadId WHERE e.userId = ? AND d.slug = ?",
        )
        .get(userId, first.slug) as { n: number };
      database.close();
      expect(rows).toBe(n);
    }
    // The card follows without a reload, and a reload agrees.
    await expect(page.getByTestId(`history-${first.slug}`)).toContainText("にダウンロードしました(全2回)");
    await page.reload();
    await expect(page.getByTestId(`history-${first.slug}`)).toContainText("にダウンロードしました(全2回)");
  });

  test("traversal and encoding tricks get 404", async ({ context }) => {
    await signInAs(context, `traversal-${Date.now()}@example.jp`);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const attempts = [
      "/members/downloads/..%2f..%2fpackage.json",
      "/members/downloads/%2e%2e%2fmanifest.json",
      "/members/downloads/%2e%2e/%2e%2e/package.json",
      "/members/downloads/..%5c..%5cpackage.json",
      "/members/downloads/%2fetc%2fpasswd",
      "/members/downloads/%2Fwork%2Fmain%2Fcontent%2Fdownloads%2Ffiles%2Ffukugyo-checklist.pdf",
      `/members/downloads/${first.storageKey}`,
      `/members/downloads/${first.slug}%00`,
      `/members/downloads/${first.slug}%2f..%2f..%2fmanifest.json`,
      "/members/downloads/....%2f%2f....%2f%2fpackage.json",
      `/members/downloads/${encodeURIComponent(first.slug.toUpperCase())}`,
    ];
    for (const attempt of attempts) {
      const response = await rawGet(attempt, { cookie });
      expect(response.status, attempt).toBe(404);
      expect(response.body.includes("%PDF"), attempt).toBe(false);
    }
  });
});

test("no PDF is reachable outside the gated route: none in public/ or the build output", () => {
  const originals = manifest.downloads.map((d) =>
    readFileSync(path.join("content/downloads/files", d.storageKey)),
  );
  const fragments = originals.flatMap((o) => [
    o.subarray(0, 1024),
    o.subarray(o.length >> 1, (o.length >> 1) + 1024),
  ]);
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  expect(existsSync(distDir)).toBe(true);
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const stats = statSync(file);
      if (stats.isDirectory()) {
        if (name !== "cache") walk(file);
        continue;
      }
      if (name.endsWith(".pdf")) offenders.push(file);
      else if (stats.size < 50_000_000) {
        const bytes = readFileSync(file);
        // Any 1 KiB of a file, from its start or its middle, would give it away.
        if (fragments.some((fragment) => bytes.includes(fragment))) offenders.push(file);
      }
    }
  };
  walk("public");
  walk(distDir);
  expect(offenders).toEqual([]);
  expect(spawnSync("git", ["ls-files", "public"]).stdout.toString()).not.toMatch(/\.pdf$/m);
});
