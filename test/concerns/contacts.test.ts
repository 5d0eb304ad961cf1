import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('safeguarding contacts', (h) => {
  test('[D04] [D46] everyone, volunteers and visitors too, can see who to tell and who to ring', async () => {
    const { schoolId } = await schoolWithPeople(h());
    const visitor = await h().as(schoolId, ['visitor']);
    const res = await h().request({
      method: 'GET',
      url: '/api/school/contacts',
      cookie: visitor.cookie,
    });
    expect(res.statusCode).toBe(200);
    const { team, contacts } = res.json().data;
    expect(team.dsl).toEqual(['Dana Lead']);
    const phones = contacts.map((c: { phone: string }) => c.phone);
    expect(phones).toEqual(
      expect.arrayContaining(['999', '03330 139 797', '0800 028 0285', '0808 800 5000']),
    );
  });

  test('an administrator sets the local numbers, and [D17] the urgent receipt shows the school’s own emergency numbers', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const admin = await h().as(schoolId, ['school_admin']);
    const contacts = [
      { kind: 'emergency', label: 'Police', phone: '999', note: '' },
      {
        kind: 'emergency',
        label: 'Southshire Front Door',
        phone: '01632 960 555',
        note: 'Open 24 hours',
      },
    ];
    const put = await h().request({
      method: 'PUT',
      url: '/api/school/contacts',
      cookie: admin.cookie,
      payload: { contacts },
    });
    expect(put.statusCode, put.body).toBe(200);
    const receipt = (
      await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category, { immediateRisk: true }),
      })
    ).json().data;
    expect(receipt.contacts).toEqual([
      { name: 'Police', phone: '999' },
      { name: 'Southshire Front Door', phone: '01632 960 555' },
    ]);
  });

  test('only leaders change the numbers; a bad number names the field', async () => {
    const { schoolId, teacher } = await schoolWithPeople(h());
    const admin = await h().as(schoolId, ['school_admin']);
    const ok = { kind: 'emergency', label: 'Police', phone: '999', note: '' };
    expect(
      (
        await h().request({
          method: 'PUT',
          url: '/api/school/contacts',
          cookie: teacher.cookie,
          payload: { contacts: [ok] },
        })
      ).statusCode,
    ).toBe(403);
    const bad = await h().request({
      method: 'PUT',
      url: '/api/school/contacts',
      cookie: admin.cookie,
      payload: { contacts: [{ ...ok, phone: 'ring me' }] },
    });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'contacts.0.phone']);
  });

  test('[D17] the numbers cannot be left without one to ring besides 999, so the urgent panel never offers 999 alone', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const admin = await h().as(schoolId, ['school_admin']);
    for (const contacts of [
      [{ kind: 'referral', label: 'Police (non-emergency)', phone: '101', note: '' }],
      [{ kind: 'emergency', label: 'Police', phone: '999', note: '' }],
      [],
    ]) {
      const put = await h().request({
        method: 'PUT',
        url: '/api/school/contacts',
        cookie: admin.cookie,
        payload: { contacts },
      });
      expect([put.statusCode, put.json().error?.field], put.body).toEqual([400, 'contacts']);
    }
    // Nothing was changed: the Hub's number is still offered to whoever records an urgent concern.
    const receipt = (
      await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category, { immediateRisk: true }),
      })
    ).json().data;
    expect(receipt.contacts).toContainEqual({
      name: 'Children and Families Hub',
      phone: '0345 603 7627',
    });
  });
});
