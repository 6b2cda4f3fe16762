"use server";

import { cookies } from "next/headers";
import { insertNote, sessionUser } from "../../database";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/**
 * The floor's save: the session looked up, one row inserted and committed (its own fsync), and
 * the same small answer the app's action gives. No validation, no figures, no search index.
 */
export async function createNoteAction(formData: FormData) {
  const token = (await cookies()).get("next-auth.session-token")?.value ?? "";
  const userId = sessionUser(token);
  if (!userId) return { ok: false as const };
  const id = insertNote(
    userId,
    text(formData.get("title")),
    text(formData.get("body")),
    text(formData.get("entryDate")),
  );
  return { ok: true as const, data: { id } };
}
