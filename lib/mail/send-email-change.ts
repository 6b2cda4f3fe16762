import "server-only";
import { serverEnv } from "@/lib/env";
import { site } from "@/lib/site";
import { mailTransport } from "./index";
import {
  emailChangeConfirmMail,
  emailChangeNoticeMail,
  emailChangeTakenMail,
} from "./templates/email-change";

function frame() {
  return { siteName: site.name, siteNameReading: site.nameReading, siteUrl: serverEnv().publicUrl };
}

async function send(to: string, mail: { subject: string; text: string; html: string }, notice: string) {
  await mailTransport().send({ to, from: serverEnv().emailFrom, ...mail, outboxNotice: notice });
}

export async function sendEmailChangeConfirmation(to: string, url: string, expires: Date): Promise<void> {
  const maxAgeSeconds = serverEnv().signInLinkMaxAgeSeconds;
  await send(
    to,
    emailChangeConfirmMail(frame(), { url, maxAgeSeconds, expires }),
    `Address change link for ${to}: ${url}`,
  );
}

export async function sendEmailChangeTaken(to: string): Promise<void> {
  await send(to, emailChangeTakenMail(frame()), `Address change to ${to} refused (already a member)`);
}

export async function sendEmailChangeNotice(to: string, newEmail: string): Promise<void> {
  await send(to, emailChangeNoticeMail(frame(), { newEmail }), `Address change notice to ${to}`);
}
