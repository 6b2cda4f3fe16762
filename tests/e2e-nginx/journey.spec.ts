import { readFile } from "node:fs/promises";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { uniqueEmail } from "../e2e/support/journal";
import { linkIn, waitForMail } from "../e2e/support/mail";
import { clusterEnvironment, query } from "./support/cluster";

const env = clusterEnvironment();
const upstreamOf = (name: "a" | "b") => `127.0.0.1:${env.ports[name]}`;

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = await query<{ n: string }>(sql, params);
  return Number(row?.n ?? 0);
}

test("nginx caches a public page briefly and serves it from its cache, both instances behind it", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: env.nginxURL });
  try {
    const statuses: (string | null)[] = [];
    const upstreams = new Set<string>();
    for (let i = 0; i < 4; i += 1) {
      const response = await anonymous.get("/articles/kanrishoku-wo-kotowatta");
      expect(response.status()).toBe(200);
      statuses.push(response.headers()["x-cache"] ?? null);
      const upstream = response.headers()["x-upstream"];
      if (upstream) upstreams.add(upstream);
    }
    // The first reader may fill the cache; the ones after her are answered by nginx alone.
    expect(statuses.slice(1)).toEqual(["HIT", "HIT", "HIT"]);

    // Round robin: pages nginx does not cache alternate between the two instances.
    for (let i = 0; i < 4; i += 1) {
      const response = await anonymous.get("/signin");
      expect(response.status()).toBe(200);
      expect(response.headers()["x-cache"] ?? "").toBe("");
      upstreams.add(response.headers()["x-upstream"] ?? "");
    }
    expect(upstreams).toEqual(new Set([upstreamOf("a"), upstreamOf("b")]));
  } finally {
    await anonymous.dispose();
  }
});

test("a sign-in link requested through one instance signs in through the other; then write, search, download, export and sign out through nginx", async ({
  page,
  context,
}) => {
  // A long journey on a shared 2-core machine: it took 1 to 2 minutes there.
  test.setTimeout(240_000);
  const email = uniqueEmail("nginx");

  // Instance A sends the link: the token row it writes is the only thing the two share.
  await page.goto(`${env.instanceURL("a")}/signin?callbackUrl=${encodeURIComponent("/members/journal")}`);
  await page.getByLabel("メールアドレス", { exact: true }).fill(email);
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page.getByTestId("pending-email")).toHaveText(email);
  const link = linkIn(await waitForMail(email));
  // The mail points at the public URL, nginx.
  expect(new URL(link).origin).toBe(env.nginxURL);
  expect(await count(`SELECT COUNT(*) AS n FROM "VerificationToken" WHERE identifier = $1`, [email])).toBe(1);

  // Instance B, its own process with its own data folder, confirms it: it finds A's token in the
  // database, consumes it and creates the session. The confirmation page comes from B; its button
  // posts to B with the Origin a browser on the public site sends (what B sees when nginx hands it
  // the click; a browser on B's own port would be refused as cross-site).
  const onB = new URL(link);
  onB.host = `localhost:${env.ports.b}`;
  await page.goto(onB.toString());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ログインを完了します");
  const action = await page.locator("form[method=post]").getAttribute("action");
  const confirmed = await context.request.post(`${env.instanceURL("b")}${action ?? ""}`, {
    headers: { Origin: env.nginxURL },
    maxRedirects: 0,
  });
  expect(confirmed.status()).toBe(302);
  expect(confirmed.headers()["location"]).toBe(`${env.nginxURL}/members/journal`);
  expect(await count(`SELECT COUNT(*) AS n FROM "VerificationToken" WHERE identifier = $1`, [email])).toBe(0);
  const sessions = `SELECT COUNT(*) AS n FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`;
  expect(await count(sessions, [email])).toBe(1);
  // Cookies belong to a host, not a port: the session B set is sent to A and to nginx too.
  for (const name of ["a", "b"] as const) {
    const response = await context.request.get(`${env.instanceURL(name)}/members`, { maxRedirects: 0 });
    expect(response.status(), `instance ${name}`).toBe(200);
  }

  // From here on through nginx, whichever instance answers.
  const members = await context.request.get(`${env.nginxURL}/members`, { maxRedirects: 0 });
  expect(members.status()).toBe(200);
  expect(members.headers()["cache-control"]).toMatch(/no-store/);
  // A reader with a session cookie never gets a cached page, not even a public one.
  for (let i = 0; i < 3; i += 1) {
    const response = await context.request.get(`${env.nginxURL}/members`, { maxRedirects: 0 });
    expect(response.headers()["x-cache"] ?? "").toBe("");
    const article = await context.request.get(`${env.nginxURL}/articles/kanrishoku-wo-kotowatta`);
    expect(article.headers()["x-cache"]).toBe("BYPASS");
  }

  const secret = `nginx越しの記録-${Date.now()}`;
  await page.goto(`${env.nginxURL}/members/journal/new`);
  await page.getByLabel("タイトル").fill(secret);
  await page
    .getByLabel("本文", { exact: true })
    .fill("二つのサーバーのどちらが保存しても、仕事と家庭の両立の記録は一つ。");
  await page.getByRole("checkbox", { name: "家族との時間" }).check();
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();

  await page.goto(`${env.nginxURL}/members/journal`);
  await page.getByLabel("キーワードで探す").fill("両立");
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article").first()).toContainText(secret);

  await page.goto(`${env.nginxURL}/members/downloads`);
  const card = page.getByRole("article").first();
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("link", { name: /ダウンロード/ }).click(),
  ]);
  const bytes = await readFile((await pdf.path()) ?? "");
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const download = await context.request.get(
    `${env.nginxURL}${(await card.getByRole("link", { name: /ダウンロード/ }).getAttribute("href")) ?? ""}`,
  );
  expect(download.status()).toBe(200);
  expect(download.headers()["x-cache"] ?? "").toBe("");

  await page.goto(`${env.nginxURL}/members/account`);
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "JSON で書き出す" }).click(),
  ]);
  expect(await readFile((await json.path()) ?? "", "utf8")).toContain(secret);

  const sessionCookie = (await context.cookies(env.nginxURL)).find(
    (c) => c.name === "next-auth.session-token",
  );
  expect(sessionCookie).toBeDefined();
  await page.goto("/members/account");
  await page.getByRole("button", { name: "この端末からログアウトする" }).click();
  await expect(page.getByRole("heading", { name: "ログアウトしました" })).toBeVisible();
  await expect(page.getByRole("link", { name: "ログイン", exact: true })).toBeVisible();
  expect(await count(sessions, [email])).toBe(0);
  // Signed out on every instance at once, even for a copy of the old cookie: the session was a
  // database row, not process memory.
  const replay = await playwrightRequest.newContext({
    extraHTTPHeaders: { Cookie: `next-auth.session-token=${sessionCookie?.value ?? ""}` },
  });
  for (const name of ["a", "b"] as const) {
    const response = await replay.get(`${env.instanceURL(name)}/members`, { maxRedirects: 0 });
    expect(response.status(), `instance ${name}`).toBeGreaterThanOrEqual(300);
    expect(response.status(), `instance ${name}`).toBeLessThan(400);
  }
  await replay.dispose();
});
