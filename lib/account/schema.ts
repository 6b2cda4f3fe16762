import { z } from "zod";

export const CONFIRM_MISSING = "確認のチェックを入れてください。";

export const deleteAccountSchema = z.object({
  confirm: z.string().refine((value) => value === "yes", { error: CONFIRM_MISSING }),
});
