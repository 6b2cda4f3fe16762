import "server-only";
import { serverAuthSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { devOutboxUrl } from "./dev-outbox";
import { outboxTransport } from "./outbox";
import { smtpTransport } from "./smtp";
import type { MailTransport } from "./transport";

export type { MailMessage, MailTransport } from "./transport";

let transport: MailTransport | undefined;

/** The transport the environment asks for, created once: SMTP when EMAIL_SERVER is set. */
export function mailTransport(): MailTransport {
  if (!transport) {
    const env = serverEnv();
    transport = env.emailServer
      ? smtpTransport(env.emailServer)
      : outboxTransport(db, { listUrl: devOutboxUrl(env, serverAuthSecret()) });
  }
  return transport;
}
