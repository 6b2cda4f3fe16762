import type { Metadata } from "next";
import { CheckEmailStatus } from "@/components/auth/check-email-status";
import { serverEnv } from "@/lib/env";
import { durationJa } from "@/lib/mail/templates/sign-in";

export const metadata: Metadata = { title: "メールをご確認ください" };

export default function CheckEmailPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">メールをご確認ください</h1>
      <CheckEmailStatus validity={durationJa(serverEnv().signInLinkMaxAgeSeconds)} />
    </>
  );
}
