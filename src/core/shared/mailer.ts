/** Outgoing email. Messages never carry child protection details: only a prompt and a link. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** A stable id (the outbox id), so a resend after a crash can be recognised as the same mail. */
  messageId?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
