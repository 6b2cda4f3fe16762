import "server-only";
import { limitAddress } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { forgetDeleted } from "@/lib/db/forget-deleted";
import { searchIndexOf } from "@/lib/db/search-index";
import { journalCounts } from "@/lib/journal/stats";

// Her account as a whole: what it holds across the features, and its deletion, which is the one
// write that reaches every feature's rows.

export interface AccountSummary {
  entries: number;
  rankings: number;
  downloads: number;
}

/** What deleting her account will remove, shown before she confirms. */
export async function accountSummary(userId: string): Promise<AccountSummary> {
  const [journal, downloads] = await Promise.all([
    journalCounts(userId),
    db.downloadEvent.count({ where: { userId } }),
  ]);
  return { ...journal, downloads };
}

/**
 * Deletes the member and everything of hers, in one transaction. The User row cascades to her
 * entries, value tags, rankings, sessions, accounts and download records; the rows that name her
 * only by address (sign-in tokens, sign-in attempts, mails kept in the local outbox) go by address.
 * Returns false when there was no such member.
 */
export async function deleteAccount(userId: string): Promise<boolean> {
  const deleted = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return false;
    if (user.email) {
      // Sign-in stores the address as typed or lower-cased depending on the path; take both.
      const addresses = [...new Set([user.email, user.email.toLowerCase()])];
      await tx.verificationToken.deleteMany({ where: { identifier: { in: addresses } } });
      // The limit counts +variants under one key (limitAddress); take that key too.
      const limitKeys = [...addresses, limitAddress(user.email)].map((a) => `email:${a}`);
      await tx.signInAttempt.deleteMany({ where: { key: { in: limitKeys } } });
      await tx.outboxMessage.deleteMany({ where: { to: { in: addresses } } });
    }
    // Her entries' search documents leave the index before the cascade removes the entries.
    await searchIndexOf(db).removeMember(tx, userId);
    await tx.user.delete({ where: { id: userId } });
    return true;
  });
  // After the commit: her text must not outlive the deletion in the database files.
  if (deleted) await forgetDeleted(db);
  return deleted;
}
