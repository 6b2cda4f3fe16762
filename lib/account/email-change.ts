import "server-only";
import { randomBytes } from "node:crypto";
import { claimSignInEmail } from "@/lib/auth/rate-limit";
import { serverAuthSecret } from "@/lib/auth/secret";
import { hashVerificationToken } from "@/lib/auth/verification";
import { type Db, db as defaultDb } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import {
  sendEmailChangeConfirmation,
  sendEmailChangeNotice,
  sendEmailChangeTaken,
} from "@/lib/mail/send-email-change";

export type EmailChangeProblem = "invalid" | "expired" | "taken";

/** The confirmation page for a change, with its token. */
export function emailChangePath(token: string): string {
  return `/members/account/email/confirm?${new URLSearchParams({ token })}`;
}

/**
 * Asks for her address to become `newEmail`. Whether the new address belongs to another member,
 * the requester is told the same thing and the old address gets the same notice; only the new
 * address's owner learns it is taken (that mail goes to her alone). Nothing changes here: the
 * change waits for the link mailed to the new address.
 */
export async function requestEmailChange(
  user: { id: string; email: string },
  newEmail: string,
  clientIp: string,
  db: Db = defaultDb,
): Promise<void> {
  // The change mails the new address, so it counts against the sign-in mail limits of that address
  // and this client: the account page cannot be used to flood someone's inbox. Past the limit
  // nothing is sent, and the reply stays the same.
  const claim = await claimSignInEmail(db, { email: newEmail, ip: clientIp });
  if (!claim.allowed) return;
  const taken = await db.user.findUnique({ where: { email: newEmail }, select: { id: true } });
  try {
    if (taken) {
      await sendEmailChangeTaken(newEmail);
    } else {
      const token = randomBytes(32).toString("hex");
      const expires = new Date(Date.now() + serverEnv().signInLinkMaxAgeSeconds * 1000);
      // One pending change at a time: an earlier link stops working when she asks again.
      await db.$transaction([
        db.emailChange.deleteMany({ where: { userId: user.id } }),
        db.emailChange.create({
          data: {
            userId: user.id,
            newEmail,
            tokenHash: hashVerificationToken(token, serverAuthSecret()),
            expires,
          },
        }),
      ]);
      await sendEmailChangeConfirmation(newEmail, serverEnv().publicUrl + emailChangePath(token), expires);
    }
    await sendEmailChangeNotice(user.email, newEmail);
  } catch (error) {
    await claim.release();
    throw error;
  }
}

/** The pending change a token names, if it is hers and still usable; looking does not use it. */
export async function findEmailChange(
  userId: string,
  token: string,
  db: Db = defaultDb,
): Promise<{ newEmail: string } | EmailChangeProblem> {
  if (!/^[0-9a-f]{64}$/.test(token)) return "invalid";
  const row = await db.emailChange.findUnique({
    where: { tokenHash: hashVerificationToken(token, serverAuthSecret()) },
  });
  if (!row || row.userId !== userId) return "invalid";
  if (row.expires.getTime() < Date.now()) return "expired";
  return { newEmail: row.newEmail };
}

/**
 * Makes the change. Her id does not change, so her journal, downloads and sessions stay hers.
 * Sign-in links and codes still waiting for the old address are dropped with it.
 */
export async function confirmEmailChange(
  user: { id: string; email: string },
  token: string,
  db: Db = defaultDb,
): Promise<{ newEmail: string } | EmailChangeProblem> {
  const found = await findEmailChange(user.id, token, db);
  if (typeof found === "string") return found;
  try {
    await db.$transaction(async (tx) => {
      // Taken since she asked: the unique index would refuse the update anyway; this says why.
      const owner = await tx.user.findUnique({ where: { email: found.newEmail }, select: { id: true } });
      if (owner && owner.id !== user.id) throw new EmailTaken();
      await tx.user.update({
        where: { id: user.id },
        data: { email: found.newEmail, emailVerified: new Date() },
      });
      await tx.emailChange.deleteMany({ where: { userId: user.id } });
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
      await tx.signInCode.deleteMany({ where: { identifier: user.email } });
    });
  } catch (error) {
    if (error instanceof EmailTaken) return "taken";
    // Two members confirming the same new address at once: the unique index refused the second.
    if (await db.user.findFirst({ where: { email: found.newEmail, id: { not: user.id } } })) return "taken";
    throw error;
  }
  return found;
}

class EmailTaken extends Error {}
