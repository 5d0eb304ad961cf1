import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, makePupil, schoolWithPeople } from './support.ts';

interface Entry {
  kind: string;
  summary: string;
  text: string | null;
}

const OTHERS = /Ştefan|Ștefan|Stefan|Ćosić|Cosic|Łucja|Lucja|Nowak/i;

describeEachEngine(
  '[D08] other children’s names, however spelt, in a file shared with a colleague',
  (h) => {
    const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
    const post = (cookie: string, url: string, payload: object) =>
      h().request({ method: 'POST', url, cookie, payload });
    const texts = async (cookie: string, pupilId: string, query = '') => {
      const res = await get(cookie, `/api/files/${pupilId}${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return {
        body: res.body,
        entries: res.json().data.chronology.map((e: Entry) => [e.kind, e.text]) as [
          string,
          string,
        ][],
      };
    };

    /** Millie shares one concern with Ştefan Ćosić and another with Łucja Nowak; Tom is given her file. */
    async function millieWithTwo() {
      const people = await schoolWithPeople(h());
      const { dsl, teacher, pupilId, category } = people;
      const stefan = await makePupil(h(), dsl.cookie, {
        legalFirstName: 'Ştefan',
        legalLastName: 'Ćosić',
        preferredName: null,
      });
      const lucja = await makePupil(h(), dsl.cookie, {
        legalFirstName: 'Łucja',
        legalLastName: 'Nowak',
        preferredName: null,
      });
      const ids: string[] = [];
      for (const [other, childWords] of [
        [stefan, 'Stefan Cosic took her bag again.'],
        [lucja, 'Lucja told her to keep it secret.'],
      ] as const) {
        const sent = await post(
          teacher.cookie,
          '/api/concerns',
          concernInput(pupilId, category, {
            children: [
              { pupilId, role: 'victim' },
              { pupilId: other, role: 'witness' },
            ],
            childWords,
            bodyMap: [],
          }),
        );
        expect(sent.statusCode, sent.body).toBe(201);
        ids.push(sent.json().data.id as string);
        h().clock.advance(60_000);
      }
      const granted = await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
        granteeId: teacher.user.id,
        reason: 'Class teacher: support plan',
        expiresAt: new Date(h().clock.now().getTime() + 86_400_000).toISOString(),
      });
      expect(granted.statusCode, granted.body).toBe(201);
      return { ...people, stefan, lucja, ids };
    }

    test('names written without their accents are taken out of a concern’s words and what was added later', async () => {
      const { dsl, teacher, pupilId, ids } = await millieWithTwo();
      const addendum = await post(teacher.cookie, `/api/concerns/${ids[0] as string}/addenda`, {
        text: 'Later STEFAN said sorry; Cosic’s mum is coming in.',
      });
      expect(addendum.statusCode, addendum.body).toBe(201);

      const shared = await texts(teacher.cookie, pupilId);
      expect(shared.body).not.toMatch(OTHERS);
      expect(shared.entries).toEqual(
        expect.arrayContaining([
          ['addendum', 'Later [another child] said sorry; [another child]’s mum is coming in.'],
        ]),
      );
      expect(shared.entries.map(([, t]) => t).join('\n')).toContain(
        'What the child said:\n[another child] took her bag again.',
      );
      // The DSL team reads what was written.
      expect((await texts(dsl.cookie, pupilId)).body).toContain('Stefan Cosic took her bag again.');
    });

    test('a contact note, which belongs to no concern, loses the name of every child she shares a concern with', async () => {
      const { dsl, teacher, pupilId } = await millieWithTwo();
      const written = 'Phoned Łucja’s mother about Ştefan. Lucja Nowak and Stefan were off today.';
      const note = await post(dsl.cookie, `/api/files/${pupilId}/notes`, {
        at: h().clock.now().toISOString(),
        text: written,
      });
      expect(note.statusCode, note.body).toBe(201);

      const unnamed =
        'Phoned [another child]’s mother about [another child]. [another child] and [another child] were off today.';
      for (const query of ['', '?kind=note']) {
        const shared = await texts(teacher.cookie, pupilId, query);
        expect(shared.body, query).not.toMatch(OTHERS);
        expect(shared.entries, query).toEqual(expect.arrayContaining([['note', unnamed]]));
      }
      // Her own name stays; the DSL reads the note as written.
      const own = await texts(dsl.cookie, pupilId, '?kind=note');
      expect(own.entries).toEqual([['note', written]]);
    });

    test('a decision on one concern that names the child from her other concern is unnamed too', async () => {
      const { dsl, teacher, pupilId, ids } = await millieWithTwo();
      const id = ids[0] as string;
      expect((await post(dsl.cookie, `/api/concerns/${id}/acknowledge`, {})).statusCode).toBe(204);
      const decided = await post(dsl.cookie, `/api/concerns/${id}/decision`, {
        outcome: 'monitor',
        levelOfNeed: 'universal',
        rationale: 'Monitor; keep Millie apart from Łucja and Ştefan at break.',
      });
      expect(decided.statusCode, decided.body).toBe(204);
      const shared = await texts(teacher.cookie, pupilId);
      expect(shared.body).not.toMatch(OTHERS);
      expect(shared.entries).toEqual(
        expect.arrayContaining([
          [
            'decision',
            'Monitor; keep Millie apart from [another child] and [another child] at break.',
          ],
        ]),
      );
    });
  },
);
