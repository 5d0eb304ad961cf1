import nodemailer from 'nodemailer';
import type { Mailer } from '../core/shared/mailer.ts';
import type { Config } from '../config.ts';

/** SMTP through nodemailer; null when no SMTP host is configured (links are then shown only on screen). */
export function smtpMailer(smtp: Config['smtp']): Mailer | null {
  if (!smtp.host) return null;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
  });
  return {
    async send(m) {
      await transport.sendMail({
        from: smtp.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.messageId ? { messageId: `<${m.messageId}@haven>` } : {}),
      });
    },
  };
}
