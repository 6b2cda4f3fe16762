import { z } from "zod";

export const CONFIRM_MISSING = "確認のチェックを入れてください。";

export const deleteAccountSchema = z.object({
  confirm: z.string().refine((value) => value === "yes", { error: CONFIRM_MISSING }),
});

export const SAME_EMAIL = "いまのメールアドレスと同じです。";

export const changeEmailSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "新しいメールアドレスを入力してください。" })
    .max(254, { error: "メールアドレスが長すぎます。" })
    .pipe(z.email({ error: "メールアドレスの形が正しくないようです。" })),
});

export const confirmEmailChangeSchema = z.object({ token: z.string().max(128) });
