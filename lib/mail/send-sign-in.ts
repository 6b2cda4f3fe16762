import "server-only";
import { serverEnv } from "@/lib/env";
import { site } from "@/lib/site";
import { mailTransport } from "./index";
import { signInMail } from "./templates/sign-in";

/** Sends the sign-in email with the link to the confirmation page and, beside it, the code. */
export async function sendSignInMail({
  to,
  url,
  code,
  expires,
}: {
  to: string;
  url: string;
  code: string | null;
  expires: Date;
}) {
  const env = serverEnv();
  const seconds = env.signInLinkMaxAgeSeconds;
  const mail = signInMail({
    url,
    code,
    siteName: site.name,
    siteNameReading: site.nameReading,
    siteUrl: env.publicUrl,
    maxAgeSeconds: env.signInLinkMaxAgeSeconds,
    expires,
  });
  await mailTransport().send({
    to,
    from: env.emailFrom,
    ...mail,
    outboxNotice: `Sign-in link for ${to} (valid for ${seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`}): ${url}${code ? ` (code ${code})` : ""}`,
  });
}
