import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { storedCopies } from '../support/stored-bytes.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('encryption at rest', (h) => {
  test('[D32] a canary phrase in every narrative field appears nowhere in the database files, WAL, backups or dumps', async () => {
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    /** Every write must land: a refused one would leave its canary untested and pass quietly. */
    const write = async (
      cookie: string,
      method: 'POST' | 'PUT',
      url: string,
      payload: object,
      status: number,
    ) => {
      const res = await h().request({ method, url, cookie, payload });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
      return res;
    };

    // Urgent, so it starts a clock the DSL team can waive.
    const recorded = await write(
      teacher.cookie,
      'POST',
      '/api/concerns',
      concernInput(pupilId, category, {
        childWords: `She said ${canary} happened`,
        observed: `Saw ${canary}`,
        actionTaken: `Did ${canary}`,
        location: `Room ${canary}`,
        immediateRisk: true,
        bodyMap: [
          { pupilId, side: 'back', x: 0.5, y: 0.5, markType: 'mark', note: `Mark ${canary}` },
        ],
      }),
      201,
    );
    const id = recorded.json().data.id as string;
    await write(
      teacher.cookie,
      'POST',
      '/api/concerns',
      concernInput(pupilId, category, {
        kind: 'wellbeing',
        riskFactors: `Risk ${canary}`,
        protectiveFactors: `Protective ${canary}`,
      }),
      201,
    );
    // Sniffed as a PDF by its first bytes; the rest is the canary, which must not be stored as is.
    const pdf = Buffer.from(`%PDF-1.4\n% Notes ${canary}\n%%EOF\n`);
    await write(
      teacher.cookie,
      'POST',
      `/api/concerns/${id}/attachments`,
      { filename: `Photo of ${canary}.pdf`, contentBase64: pdf.toString('base64') },
      201,
    );
    const clocks = await h().request({
      method: 'GET',
      url: `/api/deadlines?scope=school&pupilId=${pupilId}`,
      cookie: dsl.cookie,
    });
    const urgent = clocks.json().data.find((d: { rule: string }) => d.rule === 'urgent_ack');
    await write(
      dsl.cookie,
      'POST',
      `/api/deadlines/${urgent.id}/waive`,
      { reason: `Waived ${canary}` },
      200,
    );
    await write(
      dsl.cookie,
      'POST',
      `/api/concerns/${id}/addenda`,
      { text: `Later ${canary}` },
      201,
    );
    await write(
      dsl.cookie,
      'POST',
      `/api/concerns/${id}/decision`,
      { outcome: 'monitor', levelOfNeed: 'additional', rationale: `Because ${canary}` },
      204,
    );
    await write(
      dsl.cookie,
      'POST',
      `/api/concerns/${id}/actions`,
      { description: `Do ${canary}`, ownerId: dsl.user.id, dueOn: '2026-04-01' },
      204,
    );
    await write(
      teacher.cookie,
      'POST',
      `/api/concerns/${id}/reconsider`,
      { reason: `Still worried ${canary}` },
      204,
    );
    await write(
      dsl.cookie,
      'POST',
      `/api/concerns/${id}/reconsideration-answer`,
      { answer: `Answered ${canary}` },
      204,
    );
    await write(
      dsl.cookie,
      'POST',
      `/api/files/${pupilId}/notes`,
      { at: '2026-03-02', text: `Phoned ${canary}` },
      201,
    );
    await write(
      dsl.cookie,
      'POST',
      `/api/files/${pupilId}/grants`,
      {
        granteeId: teacher.user.id,
        reason: `Needs to know ${canary}`,
        expiresAt: new Date(h().clock.now().getTime() + 86_400_000).toISOString(),
      },
      201,
    );
    await write(
      teacher.cookie,
      'PUT',
      `/api/concerns/drafts/${crypto.randomUUID()}`,
      { input: { observed: `Draft ${canary}` } },
      200,
    );

    // The sealed words still read back to those entitled to them.
    const detail = await h().request({
      method: 'GET',
      url: `/api/concerns/${id}`,
      cookie: dsl.cookie,
    });
    expect(detail.body).toContain(`Saw ${canary}`);
    expect(detail.body).toContain(`Photo of ${canary}.pdf`);
    const attachment = detail.json().data.attachments[0].id as string;
    const file = await h().request({
      method: 'GET',
      url: `/api/concerns/${id}/attachments/${attachment}`,
      cookie: dsl.cookie,
    });
    expect(file.rawPayload.equals(pdf)).toBe(true);
    const waived = await h().request({
      method: 'GET',
      url: `/api/deadlines?scope=school&state=closed&pupilId=${pupilId}`,
      cookie: dsl.cookie,
    });
    expect(waived.body).toContain(`Waived ${canary}`);

    if (h().db.engine === 'sqlite')
      await h().rt.conn.sqlite?.backup(path.join(h().db.dataDir, 'canary-backup.sqlite'));
    const copies = storedCopies(h());
    expect(copies.length).toBeGreaterThan(0);
    // The file's bytes as sent are searched for too: a content stored unsealed is base64 text.
    for (const needle of [canary, pdf.toString('base64')])
      for (const c of copies) expect(c.bytes.includes(needle), `${c.kind} ${c.name}`).toBe(false);
    // The same check finds a value stored in clear in every kind of copy, so the test can fail.
    for (const kind of new Set(copies.map((c) => c.kind)))
      expect(
        copies.some((c) => c.kind === kind && c.bytes.includes('Tom Teacher')),
        kind,
      ).toBe(true);
  });
});
