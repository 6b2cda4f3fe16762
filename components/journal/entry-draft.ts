import * as z from "zod/mini";

/**
 * The entry form's fields as kept in this browser's draft. A stored draft is checked against it
 * when read back, so one written by an older version of the form (or edited by hand) is dropped
 * instead of breaking the form. The mini build of zod keeps this out of the page's weight.
 */
export const entryDraftSchema = z.object({
  title: z.string(),
  body: z.string(),
  entryDate: z.string(),
  mood: z.string(),
  values: z.array(z.string()),
  newTag: z.string(),
});

export type EntryFormValues = z.infer<typeof entryDraftSchema>;
