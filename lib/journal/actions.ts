"use server";

import { type ActionResult, notFoundResult } from "@/lib/actions/action-result";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { db } from "@/lib/db/client";
import { forgetDeleted } from "@/lib/db/forget-deleted";
import { createEntry, deleteEntry as deleteEntryRow, updateEntry } from "./entries";
import { type Ranking, saveRanking as saveRankingRow } from "./rankings";
import { entryFormValues, entryIdSchema, entryInputSchema, rankingFormValues, rankingSchema } from "./schema";

// Thin doors onto the journal's data functions: each one checks the session and the input, then
// hands the member's own id down. Nothing here trusts an id or a user from the form.

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export const createEntryAction = validatedActionWithUser({
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
  returnTo: "/members/journal",
  schema: updateSchema,
  read: (formData) => ({ ...entryFormValues(formData), id: text(formData.get("id")) }),
  run: async ({ id, ...input }, user): Promise<ActionResult<{ id: string }>> => {
    const updated = await updateEntry(user.id, id, input);
    return updated ? { ok: true, data: updated } : notFoundResult();
  },
});

export const deleteEntryAction = validatedActionWithUser({
  returnTo: "/members/journal",
  schema: entryIdSchema,
  read: (formData) => ({ id: text(formData.get("id")) }),
  run: async ({ id }, user): Promise<ActionResult<null>> => {
    if (!(await deleteEntryRow(user.id, id))) return notFoundResult();
    // Deleted means gone from the database files too, not only from her list.
    await forgetDeleted(db);
    return { ok: true, data: null };
  },
});

export const saveRankingAction = validatedActionWithUser({
  returnTo: "/members/values",
  schema: rankingSchema,
  read: rankingFormValues,
  run: async ({ ranking }, user): Promise<ActionResult<Ranking>> => ({
    ok: true,
    data: await saveRankingRow(user.id, ranking),
  }),
});
