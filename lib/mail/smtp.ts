import "server-only";
import nodemailer from "nodemailer";
import type { MailMessage, MailTransport } from "./transport";

/**
 * Sends through the SMTP server named by an smtp:// or smtps:// URL (user, password, port and
 * options such as ?pool=true live in the URL). Timeouts are short so that a dead mail server turns
 * into an error page in seconds rather than a sign-in form that hangs.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    kind: "smtp",
    async send(message: MailMessage) {
      await transporter.sendMail({
        to: message.to,
        from: message.from,
        subject: message.subject,
        text: message.text,
        html: message.html,
        // Transactional mail: auto-replies and vacation notices should not answer it.
        headers: { "Auto-Submitted": "auto-generated", ...message.headers },
      });
    },
  };
}
