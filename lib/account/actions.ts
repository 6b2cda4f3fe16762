"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { deleteAccount } from "./delete-account";
import { deleteAccountSchema } from "./schema";

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
    redirect("/");
  },
});
