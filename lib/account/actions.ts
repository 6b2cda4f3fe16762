"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { clientIp } from "@/lib/auth/client-ip";
import { serverEnv } from "@/lib/env";
import { deleteAccount } from "./delete-account";
import { confirmEmailChange, requestEmailChange } from "./email-change";
import { SAME_EMAIL, changeEmailSchema, confirmEmailChangeSchema, deleteAccountSchema } from "./schema";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

// NextAuth names the cookie with the __Secure- prefix on https sites.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export const deleteAccountAction = validatedActionWithUser({
  returnTo: "/members/account",
  schema: deleteAccountSchema,
  read: (formData) => ({ confirm: text(formData.get("confirm")) }),
  run: async (_input, user): Promise<ActionResult<null>> => {
    await deleteAccount(user.id);
    // Her sessions went with the User row; the cookie goes too, so this browser is signed out.
    const jar = await cookies();
    for (const name of SESSION_COOKIES) jar.delete(name);
    redirect("/goodbye");
  },
});

export const requestEmailChangeAction = validatedActionWithUser({
  returnTo: "/members/account",
  schema: changeEmailSchema,
  read: (formData) => ({ email: text(formData.get("email")) }),
  run: async ({ email }, user): Promise<ActionResult<{ email: string }>> => {
    if (email === user.email.toLowerCase()) {
      return { ok: false, error: SAME_EMAIL, fieldErrors: { email: SAME_EMAIL } };
    }
    const ip = clientIp(await headers(), serverEnv().trustedProxies);
    await requestEmailChange(user, email, ip);
    // The same answer whether or not the address belongs to someone else.
    return { ok: true, data: { email } };
  },
});

export const confirmEmailChangeAction = validatedActionWithUser({
  returnTo: "/members/account",
  schema: confirmEmailChangeSchema,
  read: (formData) => ({ token: text(formData.get("token")) }),
  run: async ({ token }, user): Promise<ActionResult<null>> => {
    const result = await confirmEmailChange(user, token);
    if (typeof result === "string") {
      const error =
        result === "taken"
          ? "このアドレスはほかのアカウントで使われているため、変更できませんでした。"
          : result === "expired"
            ? "確認のリンクの有効期限が切れています。アカウントのページからもう一度お手続きください。"
            : "このリンクは使えません。すでに使われたか、別のアカウントのためのリンクです。";
      return { ok: false, error, fieldErrors: {} };
    }
    redirect("/members/account?email=changed");
  },
});
