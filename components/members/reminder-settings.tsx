import { saveReminderSettingsAction } from "@/lib/reminders/actions";
import { reminderSettings } from "@/lib/reminders/queries";
import { describeScheduleJa } from "@/lib/reminders/schema";
import { ReminderSettingsForm } from "./reminder-settings-form";

/** The account page's reminder section; the mails link here (#reminders) to change the schedule. */
export async function ReminderSettings({ userId }: { userId: string }) {
  const settings = await reminderSettings(userId);
  return (
    <section id="reminders" aria-labelledby="reminders-heading" className="scroll-mt-24">
      <h2 id="reminders-heading" className="text-lg font-bold">
        問いのお知らせメール
      </h2>
      <p className="mt-2 leading-relaxed text-muted">
        選んだ曜日と時間に、その日の問いをメールでお届けします。その日にもう書いていればお送りしません。どのメールからも、ワンクリックで止められます。
      </p>
      <p data-testid="reminder-status" className="mt-3 rounded-xl border border-line bg-card p-3">
        <span className="font-bold">いまの設定:{settings.enabled ? "オン" : "オフ"}</span>
        <br />
        {describeScheduleJa(settings)}
      </p>
      <ReminderSettingsForm initial={settings} save={saveReminderSettingsAction} />
    </section>
  );
}
