import nodemailer from 'nodemailer';
import type { Mailer } from '../core/shared/mailer.ts';
import type { Config } from '../config.ts';
import { OUTBOX_LEASE_SECONDS } from '../jobs/outbox-worker.ts';

/**
 * nodemailer waits up to 2 minutes to connect and 10 minutes on a silent socket, long enough for
 * a send to outlive the outbox worker's claim and another worker to send the same email again.
 * Each step gets an eighth of the lease: reaching the server (DNS, connecting, the greeting)
 * takes at most three eighths and a silence after that ends the send within one more, so a send
 * that stalls ends within half the lease, and the worker starts none with less than half left.
 * The socket timeout counts silence, not the whole exchange: a server that trickles every reply
 * just in time could still run longer, and the Message-ID then lets the recipient drop the copy.
 */
export function sendTimeouts(leaseSeconds: number) {
  const step = Math.floor((leaseSeconds * 1000) / 8);
  return { dnsTimeout: step, connectionTimeout: step, greetingTimeout: step, socketTimeout: step };
}

/** SMTP through nodemailer; null when no SMTP host is configured (links are then shown only on screen). */
export function smtpMailer(
  smtp: Config['smtp'],
  leaseSeconds = OUTBOX_LEASE_SECONDS,
): Mailer | null {
  if (!smtp.host) return null;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...sendTimeouts(leaseSeconds),
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
