// The benchmark's database: a grown site of 1,000 members, each signed in, one of them with
// 10,000 entries and the others with 20. Written through lib/db/seed.ts, the app's own client,
// so the same seeding works on any database the app runs on.
import { applyMigrations } from "../lib/db/migrate";
import {
  createEntries,
  createMembers,
  createSessions,
  type EntryInput,
  withSeedClient,
} from "../lib/db/seed";

export const MEMBERS = 1000;
export const HEAVY_ENTRIES = 10_000;
const ENTRIES_PER_MEMBER = 20;
const DAY_MS = 86_400_000;

export const SENTENCES = [
  "今日は子どもの発熱で早退した。仕事と家庭の両立について、また考えさせられた一日だった。",
  "上司との面談で、来期の役割について話した。管理職ではなく専門性を深める道もあると知った。",
  "朝の30分だけ、副業の準備に使ってみた。小さな一歩でも、自分で選んだ時間は気持ちがいい。",
  "同僚に「ありがとう」と言われた。資料を分かりやすくまとめることが、私の強みかもしれない。",
  "家族との時間を優先したい気持ちと、成長したい気持ち。どちらも本当の私だと思う。",
];

const VALUES = ["family", "growth", "health", "autonomy", "income", "expertise"];

/** A member's entries as the benchmark writes them (bench/book.ts typesets the same ones). */
export function entriesOf(userId: string, count: number, now: number): EntryInput[] {
  return Array.from({ length: count }, (_, e) => {
    // Four entries a day with a day off every week: years of history, a realistic streak.
    const day = Math.floor(e / 4);
    const at = new Date(now - (day + Math.floor(day / 6)) * DAY_MS - e * 1000);
    return {
      userId,
      title: `ふりかえり ${e + 1}`,
      body: Array.from({ length: 4 }, (_, k) => SENTENCES[(e + k) % SENTENCES.length]).join("\n"),
      entryDate: at.toISOString().slice(0, 10),
      mood: (e % 5) + 1,
      values: [VALUES[e % VALUES.length] ?? "family"],
      createdAt: at,
    };
  });
}

/** Migrates and fills the database at `url`; returns each member's session token, the heavy one first. */
export async function seedBenchDatabase(url: string): Promise<{ tokens: string[] }> {
  await applyMigrations(url);
  return withSeedClient(url, async (db) => {
    const now = Date.now();
    const members = await createMembers(
      db,
      Array.from({ length: MEMBERS }, (_, m) => ({
        email: `member${m}@bench.example.jp`,
        createdAt: new Date(now),
      })),
    );
    const tokens = await createSessions(
      db,
      members.map((member) => member.id),
    );
    await createEntries(
      db,
      members.flatMap((member, m) => entriesOf(member.id, m === 0 ? HEAVY_ENTRIES : ENTRIES_PER_MEMBER, now)),
    );
    // Statistics for the query planner, as a grown site would have gathered them; ANALYZE is the
    // same statement on SQLite and PostgreSQL.
    await db.$executeRawUnsafe("ANALYZE");
    return { tokens };
  });
}
