import "server-only";
import { serverAuthSecret } from "@/lib/auth/secret";
import { promptOfTheDay } from "@/lib/content/prompts";
import { serverEnv } from "@/lib/env";
import type { MailMessage } from "@/lib/mail";
import { reminderMail } from "@/lib/mail/templates/reminder";
import { site } from "@/lib/site";
import { unsubscribeToken } from "./token";

/** Where the mail's one-click unsubscribe (RFC 8058) posts: no session, the token is the proof. */
export function oneClickUnsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/reminders/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** The page a person lands on from the mail's own "stop" link: it asks before it stops anything. */
export function unsubscribePageUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/reminders/unsubscribe?token=${encodeURIComponent(token)}`;
}

/**
 * Her reminder for a Japan-time day: the prompt of that day (the same one the members' home shows),
 * a link that opens a new entry on it, and the headers that let a mail client offer one-click
 * unsubscribe.
 */
export function reminderMessage(to: string, userId: string, day: string): MailMessage {
  const env = serverEnv();
  const prompt = promptOfTheDay(day);
  const token = unsubscribeToken(userId, serverAuthSecret());
  const mail = reminderMail({
    siteName: site.name,
    siteNameReading: site.nameReading,
    siteUrl: env.publicUrl,
    promptText: prompt.text,
    entryUrl: `${env.publicUrl}/members/journal/new?prompt=${encodeURIComponent(prompt.id)}`,
    settingsUrl: `${env.publicUrl}/members/account#reminders`,
    unsubscribeUrl: unsubscribePageUrl(env.publicUrl, token),
  });
  return {
    to,
    from: env.emailFrom,
    ...mail,
    outboxNotice: `Reminder for ${day} to ${to}: ${prompt.text}`,
    headers: {
      "List-Unsubscribe": `<${oneClickUnsubscribeUrl(env.publicUrl, token)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
