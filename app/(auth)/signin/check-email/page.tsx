import type { Metadata } from "next";
import { headers } from "next/headers";
import { CheckEmailStatus } from "@/components/auth/check-email-status";
import { inAppBrowser } from "@/lib/auth/in-app-browser";
import { serverEnv } from "@/lib/env";
import { durationJa } from "@/lib/mail/templates/sign-in";

export const metadata: Metadata = { title: "メールをご確認ください" };

export default async function CheckEmailPage() {
  // Read on the server so the first paint already leads with the code in an app's browser.
  const app = inAppBrowser((await headers()).get("user-agent"));
  return (
    <>
      <h1 className="text-2xl font-bold">メールをご確認ください</h1>
      <CheckEmailStatus validity={durationJa(serverEnv().signInLinkMaxAgeSeconds)} inAppBrowser={app} />
    </>
  );
}
