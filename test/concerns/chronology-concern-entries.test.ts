import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { categoryId, concernInput, makePupil, schoolWithPeople } from './support.ts';

interface Entry {
  kind: string;
  summary: string;
  text: string | null;
  concernId: string | null;
  concern: {
    kind: string;
    category: string;
    incidentAt: string;
    location: string;
    role: string;
    immediateRisk: boolean;
    account: Record<string, string> | null;
  } | null;
}

describeEachEngine('[D31] what a concern’s entry in the chronology says', (h) => {
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const post = (cookie: string, url: string, payload: object) =>
    h().request({ method: 'POST', url, cookie, payload });
  const chronology = async (cookie: string, pupilId: string, query = '') => {
    const res = await get(cookie, `/api/files/${pupilId}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return { body: res.body, entries: res.json().data.chronology as Entry[] };
  };

  /** Millie (victim) and Ravi (alleged perpetrator) in one urgent concern; then one about Millie alone. */
  async function twoConcerns() {
    const people = await schoolWithPeople(h());
    const { dsl, teacher, pupilId, category } = people;
    const ravi = await makePupil(h(), dsl.cookie, {
      legalFirstName: 'Ravi',
      legalLastName: 'Example',
      preferredName: null,
    });
    const shared = await post(
      teacher.cookie,
      '/api/concerns',
      concernInput(pupilId, category, {
        children: [
          { pupilId, role: 'victim' },
          { pupilId: ravi, role: 'alleged_perpetrator' },
        ],
        childWords: 'Millie said Ravi Example pushed her off the climbing frame.',
        observed: 'Millie was holding her wrist and crying; Ravi ran off.',
        actionTaken: 'Took Millie to the first aider. Kept Ravi inside at lunch.',
        location: 'Ravi’s usual spot by the climbing frame',
        immediateRisk: true,
        bodyMap: [
          { pupilId, side: 'front', x: 0.2, y: 0.5, markType: 'bruise', note: 'Swollen wrist' },
        ],
      }),
    );
    expect(shared.statusCode, shared.body).toBe(201);
    h().clock.advance(60_000);
    const neglect = await categoryId(h(), teacher.cookie, 'neglect');
    const alone = await post(
      teacher.cookie,
      '/api/concerns',
      concernInput(pupilId, neglect, {
        incidentAt: '2026-02-27T15:10:00Z',
        location: '',
        actionTaken: '',
        bodyMap: [],
      }),
    );
    expect(alone.statusCode, alone.body).toBe(201);
    return {
      ...people,
      ravi,
      sharedId: shared.json().data.id as string,
      aloneId: alone.json().data.id as string,
    };
  }

  const grant = (dslCookie: string, pupilId: string, granteeId: string) =>
    post(dslCookie, `/api/files/${pupilId}/grants`, {
      granteeId,
      reason: 'Class teacher: support plan',
      expiresAt: new Date(h().clock.now().getTime() + 86_400_000).toISOString(),
    });

  test('the DSL reads each concern’s category, when and where, the child’s part, the risk and the account', async () => {
    const { dsl, pupilId, ravi, sharedId, aloneId } = await twoConcerns();
    const { entries, body } = await chronology(dsl.cookie, pupilId);
    expect(entries.map((e) => [e.kind, e.concernId])).toEqual([
      ['concern', aloneId],
      ['concern', sharedId],
    ]);
    const [alone, shared] = entries as [Entry, Entry];
    expect(shared.summary).toBe('Concern C-00001 recorded');
    expect(shared.concern).toEqual({
      kind: 'concern',
      category: 'Physical abuse',
      incidentAt: '2025-12-01T08:30:00.000Z',
      location: 'Ravi’s usual spot by the climbing frame',
      role: 'victim',
      immediateRisk: true,
      account: {
        childWords: 'Millie said Ravi Example pushed her off the climbing frame.',
        observed: 'Millie was holding her wrist and crying; Ravi ran off.',
        actionTaken: 'Took Millie to the first aider. Kept Ravi inside at lunch.',
        riskFactors: '',
        protectiveFactors: '',
      },
    });
    // The text is what the PDF prints under the summary.
    expect(shared.text).toBe(
      [
        'Category: Physical abuse',
        'When: Mon 1 Dec 2025 08:30',
        'Where: Ravi’s usual spot by the climbing frame',
        'This child: Victim',
        'Immediate risk: Yes',
        '',
        'What the child said:',
        'Millie said Ravi Example pushed her off the climbing frame.',
        '',
        'What was seen, heard or done:',
        'Millie was holding her wrist and crying; Ravi ran off.',
        '',
        'Action already taken:',
        'Took Millie to the first aider. Kept Ravi inside at lunch.',
      ].join('\n'),
    );
    expect(alone.concern).toMatchObject({
      category: 'Neglect',
      incidentAt: '2026-02-27T15:10:00.000Z',
      location: '',
      role: 'subject',
      immediateRisk: false,
    });
    expect(alone.text).toContain('This child: Subject of concern\nImmediate risk: No');
    expect(alone.text).not.toContain('Where:');
    // The body map stays with the concern.
    expect(body).not.toContain('Swollen wrist');

    // The other child's file tells the same concern with their own part in it.
    const theirs = (await chronology(dsl.cookie, ravi)).entries;
    expect(theirs).toHaveLength(1);
    expect(theirs[0]?.concern).toMatchObject({ role: 'alleged_perpetrator', immediateRisk: true });
    expect(theirs[0]?.text).toContain('This child: Alleged perpetrator');
  });

  test('[D08] a colleague given the file reads what happened, without the other child’s name', async () => {
    const { dsl, teacher, pupilId } = await twoConcerns();
    expect((await grant(dsl.cookie, pupilId, teacher.user.id)).statusCode).toBe(201);
    const { entries, body } = await chronology(teacher.cookie, pupilId);
    expect(body).not.toMatch(/Ravi|Example|Swollen wrist/);
    const shared = entries[1] as Entry;
    expect(shared.concern).toMatchObject({
      category: 'Physical abuse',
      location: '[another child]’s usual spot by the climbing frame',
      role: 'victim',
      immediateRisk: true,
      account: {
        childWords: 'Millie said [another child] pushed her off the climbing frame.',
        observed: 'Millie was holding her wrist and crying; [another child] ran off.',
        actionTaken: 'Took Millie to the first aider. Kept [another child] inside at lunch.',
      },
    });
    expect(shared.text).toContain(
      'What the child said:\nMillie said [another child] pushed her off the climbing frame.',
    );
    // The PDF is made from the same chronology.
    const pdf = await get(teacher.cookie, `/api/files/${pupilId}/chronology.pdf`);
    expect(pdf.statusCode).toBe(200);
  });

  test('only the entry a concern made carries it; addenda, notes and the filters are as before', async () => {
    const { dsl, teacher, pupilId, sharedId } = await twoConcerns();
    h().clock.advance(60_000);
    const addendum = await post(teacher.cookie, `/api/concerns/${sharedId}/addenda`, {
      text: 'Later she said it was an accident.',
    });
    expect(addendum.statusCode, addendum.body).toBe(201);
    h().clock.advance(60_000);
    const note = await post(dsl.cookie, `/api/files/${pupilId}/notes`, {
      at: h().clock.now().toISOString(),
      text: 'Phoned mother.',
    });
    expect(note.statusCode, note.body).toBe(201);
    const { entries } = await chronology(dsl.cookie, pupilId);
    expect(entries.map((e) => [e.kind, e.concern === null])).toEqual([
      ['note', true],
      ['addendum', true],
      ['concern', false],
      ['concern', false],
    ]);
    expect(entries[1]?.text).toBe('Later she said it was an accident.');
    const onlyConcerns = (await chronology(dsl.cookie, pupilId, '?kind=concern')).entries;
    expect(onlyConcerns.map((e) => e.concern?.category)).toEqual(['Neglect', 'Physical abuse']);
    const significant = (await chronology(dsl.cookie, pupilId, '?significant=true')).entries;
    expect(significant.map((e) => [e.concernId, e.concern?.immediateRisk])).toEqual([
      [sharedId, true],
    ]);
  });
});
