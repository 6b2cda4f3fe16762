/** One email, ready to send: both parts are complete, already escaped where needed. */
export interface MailMessage {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /**
   * One line for the server log when the local outbox keeps the message (the sign-in link, say).
   * Never logged when the mail really goes out: a link in a production log is a key left lying.
   */
  outboxNotice?: string;
  /** Extra headers for a real send, such as List-Unsubscribe (the outbox has no use for them). */
  headers?: Record<string, string>;
}

/**
 * Where mail goes. SMTP when EMAIL_SERVER is set, otherwise the local outbox; callers never know
 * which, so a new transport (an HTTP mail API, say) is one file in this folder.
 */
export interface MailTransport {
  readonly kind: "smtp" | "outbox";
  send(message: MailMessage): Promise<void>;
}
