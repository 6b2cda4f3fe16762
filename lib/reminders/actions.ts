"use server";

import type { ActionResult } from "@/lib/actions/action-result";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { saveReminderSettings } from "./queries";
import { type ReminderSettings, reminderScheduleSchema } from "./schema";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export const saveReminderSettingsAction = validatedActionWithUser({
  returnTo: "/members/account#reminders",
  schema: reminderScheduleSchema,
  read: (formData) => ({
    enabled: formData.get("enabled") === "on",
    weekdays: formData.getAll("weekdays").map(text),
    hour: text(formData.get("hour")),
  }),
  run: async (input, user): Promise<ActionResult<ReminderSettings>> => {
    const saved = await saveReminderSettings(user.id, input);
    return { ok: true, data: saved };
  },
});
