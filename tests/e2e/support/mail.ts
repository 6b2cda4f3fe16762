import { expect } from "@playwright/test";
import type { CapturedMail } from "./mail-sink";
import { e2eEnvironment } from "./env";

const { mailApi } = e2eEnvironment();

export async function mailsTo(address: string): Promise<CapturedMail[]> {
  const response = await fetch(`${mailApi}/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CapturedMail[];
}

/** Waits for the n-th mail to an address and returns it. */
export async function waitForMail(address: string, count = 1): Promise<CapturedMail> {
  let mails: CapturedMail[] = [];
  await expect
    .poll(async () => (mails = await mailsTo(address)).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(count);
  const mail = mails[count - 1];
  if (!mail) throw new Error(`No mail number ${count} to ${address}`);
  return mail;
}

/** The first link to this site in a mail's plain text. */
export function linkIn(mail: CapturedMail): string {
  const match = /https?:\/\/[^\s<>"]+/.exec(mail.text);
  if (!match) throw new Error(`No link in the mail "${mail.subject}"`);
  return match[0];
}
