import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, makePupil, schoolWithPeople } from './support.ts';

interface Entry {
  kind: string;
  summary: string;
  text: string | null;
}

describeEachEngine(
  '[D08] a file shared with a colleague, from a concern about two children',
  (h) => {
    const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
    const post = (cookie: string, url: string, payload: object) =>
      h().request({ method: 'POST', url, cookie, payload });

    test('what the DSL and the recorder wrote later reaches them without the other child’s name', async () => {
      const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
      const other = await makePupil(h(), dsl.cookie, {
        legalFirstName: 'Ravi',
        legalLastName: 'Example',
        preferredName: null,
      });
      const sent = await post(
        teacher.cookie,
        '/api/concerns',
        concernInput(pupilId, category, {
          children: [
            { pupilId, role: 'victim' },
            { pupilId: other, role: 'alleged_perpetrator' },
          ],
          bodyMap: [],
        }),
      );
      const id = sent.json().data.id as string;
      const addendum = await post(teacher.cookie, `/api/concerns/${id}/addenda`, {
        text: 'Later, RAVI said sorry to Millie in the playground.',
      });
      expect(addendum.statusCode, addendum.body).toBe(201);
      expect((await post(dsl.cookie, `/api/concerns/${id}/acknowledge`, {})).statusCode).toBe(204);
      const decided = await post(dsl.cookie, `/api/concerns/${id}/decision`, {
        outcome: 'monitor',
        levelOfNeed: 'universal',
        rationale: 'Monitor both; Ravi Example to be kept apart from Millie at break.',
      });
      expect(decided.statusCode, decided.body).toBe(204);
      await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
        granteeId: teacher.user.id,
        reason: 'Class teacher: support plan',
        expiresAt: new Date(h().clock.now().getTime() + 86_400_000).toISOString(),
      });

      const shared = await get(teacher.cookie, `/api/files/${pupilId}`);
      expect(shared.statusCode, shared.body).toBe(200);
      expect(shared.body).not.toMatch(/Ravi|Example/);
      const texts = (body: { data: { chronology: Entry[] } }) =>
        body.data.chronology.flatMap((e) => (e.text ? [[e.kind, e.text]] : []));
      expect(texts(shared.json())).toEqual(
        expect.arrayContaining([
          ['decision', 'Monitor both; [another child] to be kept apart from Millie at break.'],
          ['addendum', 'Later, [another child] said sorry to Millie in the playground.'],
        ]),
      );
      // The PDF prints the same chronology, so it is made from what the reader may see.
      expect((await get(teacher.cookie, `/api/files/${pupilId}/chronology.pdf`)).statusCode).toBe(
        200,
      );

      // The DSL team reads what was written.
      const own = await get(dsl.cookie, `/api/files/${pupilId}`);
      expect(texts(own.json())).toEqual(
        expect.arrayContaining([
          ['decision', 'Monitor both; Ravi Example to be kept apart from Millie at break.'],
        ]),
      );
    });
  },
);
