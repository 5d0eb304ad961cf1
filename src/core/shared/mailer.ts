/** Outgoing email. Messages never carry child protection details: only a prompt and a link. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
