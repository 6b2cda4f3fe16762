import "server-only";
import type { Db } from "@/lib/db/client";
import { escapeForLog, log as serverLog } from "@/lib/log";
import type { MailMessage, MailTransport } from "./transport";

/**
 * The embedded default when no SMTP server is configured: every message is kept in the database
 * (listed at /dev/outbox for this machine) and a one-line notice goes to the server log, so a
 * person can sign in with nothing but `npm start`. The notice is escaped here, whoever writes it:
 * the address and the link come from a request, and must not be able to start a line of their own.
 */
export function outboxTransport(
  db: Db,
  { listUrl, log = (line) => serverLog.info(line) }: { listUrl?: string; log?: (line: string) => void } = {},
): MailTransport {
  let listShown = false;
  return {
    kind: "outbox",
    async send(message: MailMessage) {
      await db.outboxMessage.create({
        data: { to: message.to, subject: message.subject, text: message.text, html: message.html },
      });
      const notice =
        message.outboxNotice ?? `Mail to ${message.to} kept (no EMAIL_SERVER): ${message.subject}`;
      log(`[outbox] ${escapeForLog(notice)}`);
      if (listUrl && !listShown) {
        listShown = true;
        log(`[outbox] Every kept mail, for this machine only: ${listUrl}`);
      }
    },
  };
}

/** The most recent kept messages, newest first, for /dev/outbox. */
export function recentOutboxMessages(db: Db, limit = 50) {
  return db.outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
