import { authSecret } from "@/lib/auth/secret";
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

/**
 * The unsubscribe token the suite's server makes for a member. Its secret is generated into the
 * data folder on first use, by whichever of the server and this test needs it first (authSecret
 * creates the file exclusively, so both end up with the same one).
 */
export function unsubscribeTokenFor(userId: string): string {
  return unsubscribeToken(userId, authSecret(null, env.dataDir));
}
