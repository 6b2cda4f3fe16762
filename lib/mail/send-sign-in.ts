import type { SendVerificationRequestParams } from "next-auth/providers/email";
import { db } from "@/lib/db/client";

// Placeholder transport until the mail module lands: keeps the message in the outbox table and
// prints the link, which is what the embedded default promises.
export async function sendSignInEmail({ identifier, url }: SendVerificationRequestParams): Promise<void> {
  await db.outboxMessage.create({
    data: { to: identifier, subject: "Sentaku ログインリンク", text: url, html: "" },
  });
  console.log(`[outbox] Sign-in link for ${identifier}: ${url}`);
}
