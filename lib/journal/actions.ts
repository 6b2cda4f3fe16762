"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionResult, notFoundResult } from "./action-result";
import { deleteAccount as deleteAccountRows } from "./account";
import {
  createEntry,
  deleteEntry as deleteEntryRow,
  type Ranking,
  saveRanking as saveRankingRow,
  updateEntry,
} from "./queries";
import {
  deleteAccountSchema,
  entryFormValues,
  entryIdSchema,
  entryInputSchema,
  rankingFormValues,
  rankingSchema,
} from "./schema";
import { validatedActionWithUser } from "./validated-action";

// Thin doors onto the data functions in queries.ts: each one checks the session and the input,
// then hands the member's own id down. Nothing here trusts an id or a user from the form.

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export const createEntryAction = validatedActionWithUser({
  name: "createEntry",
  returnTo: "/members/journal/new",
  schema: entryInputSchema,
  read: entryFormValues,
  run: async (input, user): Promise<ActionResult<{ id: string }>> => ({
    ok: true,
    data: await createEntry(user.id, input),
  }),
});

const updateSchema = entryIdSchema.and(entryInputSchema);

export const updateEntryAction = validatedActionWithUser({
  name: "updateEntry",
  returnTo: "/members/journal",
  schema: updateSchema,
  read: (formData) => ({ ...entryFormValues(formData), id: text(formData.get("id")) }),
  run: async ({ id, ...input }, user): Promise<ActionResult<{ id: string }>> => {
    const updated = await updateEntry(user.id, id, input);
    return updated ? { ok: true, data: updated } : notFoundResult();
  },
});

export const deleteEntryAction = validatedActionWithUser({
  name: "deleteEntry",
  returnTo: "/members/journal",
  schema: entryIdSchema,
  read: (formData) => ({ id: text(formData.get("id")) }),
  run: async ({ id }, user): Promise<ActionResult<null>> =>
    (await deleteEntryRow(user.id, id)) ? { ok: true, data: null } : notFoundResult(),
});

export const saveRankingAction = validatedActionWithUser({
  name: "saveRanking",
  returnTo: "/members/values",
  schema: rankingSchema,
  read: rankingFormValues,
  run: async ({ ranking }, user): Promise<ActionResult<Ranking>> => ({
    ok: true,
    data: await saveRankingRow(user.id, ranking),
  }),
});

// NextAuth names the cookie with the __Secure- prefix on https sites.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export const deleteAccountAction = validatedActionWithUser({
  name: "deleteAccount",
  returnTo: "/members/account",
  schema: deleteAccountSchema,
  read: (formData) => ({ confirm: text(formData.get("confirm")) }),
  run: async (_input, user): Promise<ActionResult<null>> => {
    await deleteAccountRows(user.id);
    // Her sessions went with the User row; the cookie goes too, so this browser is signed out.
    const jar = await cookies();
    for (const name of SESSION_COOKIES) jar.delete(name);
    redirect("/");
  },
});
