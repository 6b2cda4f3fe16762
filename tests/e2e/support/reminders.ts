import { readFileSync } from "node:fs";
import path from "node:path";
import { findOrCreateMember } from "@/lib/db/seed";
import { unsubscribeToken } from "@/lib/reminders/token";
import { e2eEnvironment } from "./env";
import { withE2eDatabase } from "./members";

const env = e2eEnvironment();

/** A member whose reminders are on (Mondays at 21:00), written with the app's own client. */
export function memberWithReminders(email: string): Promise<{ userId: string }> {
  return withE2eDatabase(async (db) => {
    const member = await findOrCreateMember(db, email);
    await db.reminderSchedule.upsert({
      where: { userId: member.id },
      create: { userId: member.id, enabled: true, weekdays: "1", hour: 21 },
      update: { enabled: true },
    });
    return { userId: member.id };
  });
}

/** The unsubscribe token the suite's server makes for a member (its secret lives in the data folder). */
export function unsubscribeTokenFor(userId: string): string {
  const secret = readFileSync(path.join(env.dataDir, "nextauth-secret"), "utf8").trim();
  return unsubscribeToken(userId, secret);
}
