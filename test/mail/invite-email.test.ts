import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENGINES, engineAvailable } from '../support/engines.ts';
import { TestHaven } from '../support/haven.ts';
import { startSmtp } from '../support/smtp.ts';

for (const engine of ENGINES) {
  describe.skipIf(!engineAvailable(engine))(`invite emails over SMTP [${engine}]`, () => {
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let h: TestHaven;
    beforeAll(async () => {
      smtp = await startSmtp();
      h = await TestHaven.start(engine, {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_FROM: 'Haven <haven@school.example>',
      });
    });
    afterAll(async () => {
      await h.stop();
      await smtp.stop();
    });

    test('a new member of staff receives their one-time link by email, and nothing else', async () => {
      const school = await h.createSchool();
      const { cookie } = await h.as(school, ['school_admin']);
      const res = await h.request({
        method: 'POST',
        url: '/api/staff',
        cookie,
        payload: { fullName: 'Nia Teacher', email: 'nia@example.org', roles: ['staff'] },
      });
      expect(res.statusCode, res.body).toBe(201);
      const { inviteLink, emailed } = res.json().data;
      expect(emailed).toBe(true);
      await expect.poll(() => smtp.inbox.length).toBe(1);
      const mail = smtp.inbox[0];
      expect(mail?.to).toContain('nia@example.org');
      expect(mail?.subject).toBe('Your Haven account');
      expect(mail?.text).toContain(inviteLink);
      expect(mail?.text).not.toMatch(/pupil|concern|child protection/i);
    });

    test('an unreachable mail server does not lose the account or the link', async () => {
      await smtp.stop();
      const school = await h.createSchool();
      const { cookie } = await h.as(school, ['school_admin']);
      const res = await h.request({
        method: 'POST',
        url: '/api/staff',
        cookie,
        payload: { fullName: 'Omar Volunteer', email: 'omar@example.org', roles: ['volunteer'] },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().data).toMatchObject({
        emailed: false,
        inviteLink: expect.stringContaining('/invite#'),
      });
      smtp = await startSmtp();
    });
  });
}
