// Runs last (its own Playwright project, after the others): it kills an instance for good.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createSession, findOrCreateMember, withSeedClient } from "@/lib/db/seed";
import { uniqueEmail } from "../e2e/support/journal";
import { DIST_DIR, clusterEnvironment, killInstance, query } from "./support/cluster";

const env = clusterEnvironment();
const require = createRequire(import.meta.url);

/** The id of the journal's save action in this build, as the form's POST names it. */
function createEntryActionId(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "createEntryAction",
  )?.[0];
  if (!id) throw new Error("createEntryAction is not in the server reference manifest");
  return id;
}

const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** Saves one entry through nginx exactly as the new-entry form does; true when the app said saved. */
async function save(actionId: string, token: string, title: string): Promise<boolean> {
  const form = new FormData();
  form.set("title", title);
  form.set("body", `途中で一台止まっても、保存できたと言われた記録は消えない。${title}`);
  form.set("entryDate", "2026-12-01");
  form.set("mood", "3");
  form.append("values", "family");
  const body = await encodeReply([form]);
  try {
    const response = await fetch(`${env.nginxURL}/members/journal/new`, {
      method: "POST",
      headers: {
        "Next-Action": actionId,
        Accept: "text/x-component",
        Cookie: `next-auth.session-token=${token}`,
        ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
      },
      body,
      signal: AbortSignal.timeout(20_000),
    });
    return response.ok && (await response.text()).includes('"ok":true');
  } catch {
    // A save cut off by the kill: an error the writer sees, which is allowed.
    return false;
  }
}

test("killing one instance with SIGKILL under a stream of saves loses no save that returned, the other keeps answering, and no POST is replayed", async () => {
  test.setTimeout(180_000);
  const actionId = createEntryActionId();
  const { userId, token } = await withSeedClient(env.databaseUrl, async (db) => {
    const member = await findOrCreateMember(db, uniqueEmail("failover"));
    return { userId: member.id, token: await createSession(db, member.id) };
  });

  const results: { title: string; saved: boolean; afterKill: boolean }[] = [];
  let killed = false;
  const stopAt = Date.now() + 8_000;
  const writer = async (worker: number) => {
    for (let n = 0; Date.now() < stopAt; n += 1) {
      const title = `failover-${worker}-${n}`;
      const afterKill = killed;
      results.push({ title, saved: await save(actionId, token, title), afterKill });
    }
  };
  const writers = Promise.all([0, 1, 2, 3].map(writer));

  // Mid-stream, once both instances have been saving for a while.
  await expect.poll(() => results.filter((r) => r.saved).length, { timeout: 30_000 }).toBeGreaterThan(10);
  killInstance("b", "SIGKILL");
  killed = true;
  await writers;

  // The survivor keeps answering: reads and saves after the kill go through.
  for (let i = 0; i < 6; i += 1) {
    const response = await fetch(`${env.nginxURL}/members/journal`, {
      headers: { Cookie: `next-auth.session-token=${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-upstream")).toContain(`127.0.0.1:${env.ports.a}`);
  }
  expect(results.filter((r) => r.afterKill && r.saved).length).toBeGreaterThan(0);
  await expect(fetch(`${env.instanceURL("b")}/robots.txt`)).rejects.toThrow();

  const saved = results.filter((r) => r.saved).length;
  console.log(
    `failover: ${results.length} saves sent, ${saved} returned success (${results.filter((r) => r.afterKill && r.saved).length} after the kill), ${results.length - saved} failed`,
  );

  const rows = await query<{ title: string; n: string }>(
    `SELECT title, COUNT(*) AS n FROM "JournalEntry" WHERE "userId" = $1 GROUP BY title`,
    [userId],
  );
  const stored = new Map(rows.map((row) => [row.title, Number(row.n)]));
  // Every save that returned success is in the database.
  const lost = results.filter((r) => r.saved && !stored.has(r.title)).map((r) => r.title);
  expect(lost).toEqual([]);
  // Each body was sent once by the writer, and is stored at most once: nginx replayed no POST.
  expect([...stored.entries()].filter(([, n]) => n > 1)).toEqual([]);
  // Nothing was stored that the writers did not send.
  const sent = new Set(results.map((r) => r.title));
  expect([...stored.keys()].filter((title) => !sent.has(title))).toEqual([]);
});
