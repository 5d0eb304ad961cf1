import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import type { TestHaven } from '../support/haven.ts';
import { categoryId, concernInput, makePupil } from './support.ts';

type Counts = Record<'new' | 'in_progress' | 'waiting' | 'closed', number>;
interface Row {
  id: string;
  reference: string;
  status: string;
  children: { pupilId: string; displayName: string }[];
}
interface Page {
  data: Row[];
  nextBefore: string | null;
  counts: Counts;
  awaitingAnswer: number;
}

describeEachEngine(
  'searching the whole DSL team’s inbox on the server',
  (h) => {
    const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
    const post = (cookie: string, url: string, payload?: object) =>
      h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });

    async function record(
      cookie: string,
      pupilId: string,
      category: string,
      overrides: Record<string, unknown> = {},
    ): Promise<Row> {
      h().clock.advance(1_000);
      const res = await post(cookie, '/api/concerns', concernInput(pupilId, category, overrides));
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ data: Row }>().data;
    }

    /** A search goes in a body, never in an address; the inbox without one is a GET. */
    async function page(cookie: string, query: Record<string, string>): Promise<Page> {
      const res =
        query.q === undefined
          ? await get(cookie, `/api/concerns?${new URLSearchParams(query).toString()}`)
          : await post(cookie, '/api/concerns/search', query);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Page>();
    }

    const ids = async (cookie: string, query: Record<string, string>) =>
      (await page(cookie, query)).data.map((c) => c.id);

    /** Every page of a search, following `nextBefore` to the end. */
    async function allIds(cookie: string, query: Record<string, string>): Promise<string[]> {
      const found: string[] = [];
      let before: string | null = null;
      for (let i = 0; i < 20; i++) {
        const p = await page(cookie, before === null ? query : { ...query, before });
        found.push(...p.data.map((c) => c.id));
        before = p.nextBefore;
        if (before === null) return found;
      }
      throw new Error('paging never ended');
    }

    /** A school with a DSL, a recorder with a distinctive name, and a child of no interest. */
    async function school(t: TestHaven, recorderName = 'Priya Okonkwo') {
      const schoolId = await t.createSchool();
      const dsl = await t.as(schoolId, ['dsl'], { name: 'Dana Lead' });
      const recorder = await t.as(schoolId, ['staff'], { name: recorderName });
      const category = await categoryId(t, recorder.cookie);
      const other = await makePupil(t, dsl.cookie, {
        legalFirstName: 'Oscar',
        legalLastName: 'Fielding',
        preferredName: null,
      });
      return { schoolId, dsl, recorder, category, other };
    }

    test('finds a concern older than the first page by the child’s legal first or last name or preferred name, a page at a time; counts stay the whole inbox’s', async () => {
      const s = await school(h());
      const amy = await makePupil(h(), s.dsl.cookie, {
        legalFirstName: 'Amelia',
        legalLastName: 'Smith',
        preferredName: 'Amy',
      });
      // The oldest three concerns are about Amy (once as a witness only), then 52 about others.
      const aboutAmy = [
        await record(s.recorder.cookie, amy, s.category),
        await record(s.recorder.cookie, s.other, s.category, {
          children: [
            { pupilId: s.other, role: 'subject' },
            { pupilId: amy, role: 'witness' },
          ],
          bodyMap: [],
        }),
        await record(s.recorder.cookie, amy, s.category),
      ];
      for (let i = 0; i < 52; i++) await record(s.recorder.cookie, s.other, s.category);
      const newestFirst = aboutAmy.map((c) => c.id).reverse();

      const firstPage = await page(s.dsl.cookie, { status: 'new' });
      expect(firstPage.data).toHaveLength(50);
      expect(firstPage.data.filter((c) => newestFirst.includes(c.id))).toEqual([]);

      for (const q of ['Smith', 'smith', 'SMI', 'Amelia', 'amy', 'amy smi', '  Amy   Smith  ']) {
        expect(await ids(s.dsl.cookie, { status: 'new', q }), q).toEqual(newestFirst);
      }
      // The preferred name and the legal surname may be on the same child.
      expect(await ids(s.dsl.cookie, { q: 'amelia amy' })).toEqual(newestFirst);
      expect(await ids(s.dsl.cookie, { q: 'amy jones' })).toEqual([]);

      // Paging a search goes on where it ended, with nothing repeated or lost.
      expect(await allIds(s.dsl.cookie, { q: 'smith', limit: '2' })).toEqual(newestFirst);
      const two = await page(s.dsl.cookie, { q: 'smith', limit: '2' });
      expect(two.data).toHaveLength(2);
      expect(two.nextBefore).not.toBeNull();

      const whole = await page(s.dsl.cookie, {});
      expect(whole.counts).toEqual({ new: 55, in_progress: 0, waiting: 0, closed: 0 });
      for (const q of ['smith', 'nobody-called-this']) {
        const searched = await page(s.dsl.cookie, { q });
        expect(searched.counts, q).toEqual(whole.counts);
        expect(searched.awaitingAnswer, q).toBe(whole.awaitingAnswer);
      }
      // A blank search is no search.
      expect(await ids(s.dsl.cookie, { q: '   ', limit: '200' })).toEqual(
        await ids(s.dsl.cookie, { limit: '200' }),
      );
    });

    test('finds by reference, whole or in part and in any case, and by the recorder’s name; words may come from different places', async () => {
      const s = await school(h());
      const mine = await record(s.recorder.cookie, s.other, s.category);
      const colleague = await h().as(s.schoolId, ['staff'], { name: 'Tom Teacher' });
      const theirs = await record(colleague.cookie, s.other, s.category);

      expect(mine.reference).toMatch(/^C-\d{5}$/);
      for (const q of [mine.reference, mine.reference.toLowerCase(), mine.reference.slice(2)]) {
        expect(await ids(s.dsl.cookie, { q }), q).toEqual([mine.id]);
      }
      expect(await ids(s.dsl.cookie, { q: 'c-0000' })).toEqual([theirs.id, mine.id]);

      expect(await ids(s.dsl.cookie, { q: 'Okonkwo' })).toEqual([mine.id]);
      expect(await ids(s.dsl.cookie, { q: 'priya okon' })).toEqual([mine.id]);
      expect(await ids(s.dsl.cookie, { q: 'teacher' })).toEqual([theirs.id]);
      expect(await ids(s.dsl.cookie, { q: 'fielding tom' })).toEqual([theirs.id]);
      expect(await ids(s.dsl.cookie, { q: `fielding ${theirs.reference}` })).toEqual([theirs.id]);
    });

    test('never searches the narrative, the recorder’s email address or the child’s UPN', async () => {
      const s = await school(h());
      const upn = 'B801200005001';
      const child = await makePupil(h(), s.dsl.cookie, {
        legalFirstName: 'Nadia',
        legalLastName: 'Quill',
        preferredName: null,
        upn,
      });
      const c = await record(s.recorder.cookie, child, s.category, {
        observed: 'A bruise on the left forearm, about 3 cm, yellowing.',
      });
      expect(await ids(s.dsl.cookie, { q: 'quill' })).toEqual([c.id]);
      // In the sealed narrative, the email (every colleague's has the same domain) and the UPN.
      for (const q of ['forearm', 'bruise', 'example.org', upn, upn.slice(-5)]) {
        expect(await ids(s.dsl.cookie, { q }), q).toEqual([]);
      }
    });

    test('names beyond ASCII match whatever their case, on both engines', async () => {
      const s = await school(h(), 'Zoë Ørsted');
      const child = await makePupil(h(), s.dsl.cookie, {
        legalFirstName: 'Élodie',
        legalLastName: 'Şahin',
        preferredName: null,
      });
      const c = await record(s.recorder.cookie, child, s.category);
      for (const q of ['élodie', 'ÉLODIE', 'Élo', 'şahin', 'ŞAHIN', 'zoë', 'ØRSTED']) {
        expect(await ids(s.dsl.cookie, { q }), q).toEqual([c.id]);
      }
    });

    test('% and _ are only themselves', async () => {
      const s = await school(h());
      const underscored = await makePupil(h(), s.dsl.cookie, {
        legalFirstName: 'Kit',
        legalLastName: 'Ward_Lee',
        preferredName: null,
      });
      const lookalike = await makePupil(h(), s.dsl.cookie, {
        legalFirstName: 'Kit',
        legalLastName: 'WardXLee',
        preferredName: null,
      });
      const a = await record(s.recorder.cookie, underscored, s.category);
      const b = await record(s.recorder.cookie, lookalike, s.category);
      expect(await ids(s.dsl.cookie, { q: 'kit' })).toEqual([b.id, a.id]);
      for (const q of ['ward_lee', 'd_l', '_']) {
        expect(await ids(s.dsl.cookie, { q }), q).toEqual([a.id]);
      }
      for (const q of ['%', 'ward%lee', 'c-0000_', '\\']) {
        expect(await ids(s.dsl.cookie, { q }), q).toEqual([]);
      }
    });

    test('the search holds with the status, urgency, owner and awaiting-answer filters', async () => {
      const s = await school(h());
      const amy = await makePupil(h(), s.dsl.cookie, {
        legalFirstName: 'Amy',
        legalLastName: 'Smith',
        preferredName: null,
      });
      const decide = async (id: string) => {
        const res = await post(s.dsl.cookie, `/api/concerns/${id}/decision`, {
          outcome: 'no_further_action',
          levelOfNeed: 'universal',
          rationale: 'Explained by a fall at football.',
        });
        expect(res.statusCode, res.body).toBe(204);
      };
      const closed = await record(s.recorder.cookie, amy, s.category);
      await decide(closed.id);
      // Asking to reconsider a closed concern opens it again, waiting for an answer.
      const reopened = await record(s.recorder.cookie, amy, s.category);
      await decide(reopened.id);
      const asked = await post(s.recorder.cookie, `/api/concerns/${reopened.id}/reconsider`, {
        reason: 'It has happened again since.',
      });
      expect(asked.statusCode, asked.body).toBe(204);
      const urgent = await record(s.recorder.cookie, amy, s.category, { immediateRisk: true });
      const owned = await record(s.recorder.cookie, amy, s.category);
      expect((await post(s.dsl.cookie, `/api/concerns/${owned.id}/acknowledge`)).statusCode).toBe(
        204,
      );
      const plain = await record(s.recorder.cookie, amy, s.category);
      // Not Amy: every filter below would pick it without the search.
      const notAmy = await record(s.recorder.cookie, s.other, s.category, { immediateRisk: true });
      await post(s.dsl.cookie, `/api/concerns/${notAmy.id}/acknowledge`);

      const q = 'smith';
      expect(await ids(s.dsl.cookie, { q })).toEqual([
        urgent.id,
        plain.id,
        owned.id,
        reopened.id,
        closed.id,
      ]);
      expect(await ids(s.dsl.cookie, { q, status: 'closed' })).toEqual([closed.id]);
      expect(await ids(s.dsl.cookie, { q, status: 'new' })).toEqual([urgent.id, plain.id]);
      expect(await ids(s.dsl.cookie, { q, status: 'in_progress' })).toEqual([
        owned.id,
        reopened.id,
      ]);
      expect(await ids(s.dsl.cookie, { q, status: 'waiting' })).toEqual([]);
      expect(await ids(s.dsl.cookie, { q, urgent: 'true' })).toEqual([urgent.id]);
      expect(await ids(s.dsl.cookie, { q, owner: 'me' })).toEqual([owned.id]);
      expect(await ids(s.dsl.cookie, { q, owner: 'none', status: 'in_progress' })).toEqual([
        reopened.id,
      ]);
      expect(await ids(s.dsl.cookie, { q, reconsideration: 'open' })).toEqual([reopened.id]);
      expect(await ids(s.dsl.cookie, { q: 'fielding', reconsideration: 'open' })).toEqual([]);
      expect(await ids(s.dsl.cookie, { q: 'fielding', urgent: 'true' })).toEqual([notAmy.id]);
    });

    test('another school’s matching concerns never appear; a teacher is refused as the inbox refuses them; a search longer than 100 characters is a 400 naming q', async () => {
      const ours = await school(h());
      const theirs = await school(h());
      const ourAmy = await makePupil(h(), ours.dsl.cookie, {
        legalFirstName: 'Amy',
        legalLastName: 'Smith',
        preferredName: null,
      });
      const theirAmy = await makePupil(h(), theirs.dsl.cookie, {
        legalFirstName: 'Amy',
        legalLastName: 'Smith',
        preferredName: null,
      });
      const mine = await record(ours.recorder.cookie, ourAmy, ours.category);
      const other = await record(theirs.recorder.cookie, theirAmy, theirs.category);
      // Same reference, same child's name, same recorder's name: only the school tells them apart.
      expect(other.reference).toBe(mine.reference);
      for (const q of ['amy smith', mine.reference, 'okonkwo', 'fielding']) {
        const expected = q === 'fielding' ? [] : [mine.id];
        expect(await ids(ours.dsl.cookie, { q }), q).toEqual(expected);
        const theirIds = q === 'fielding' ? [] : [other.id];
        expect(await ids(theirs.dsl.cookie, { q }), q).toEqual(theirIds);
      }
      expect((await page(ours.dsl.cookie, { q: 'amy' })).counts.new).toBe(1);

      for (const q of ['amy', mine.reference, 'x'.repeat(101)]) {
        const res = await post(ours.recorder.cookie, '/api/concerns/search', { q });
        expect(res.statusCode, q).toBe(404);
      }

      const long = await post(ours.dsl.cookie, '/api/concerns/search', { q: 'x'.repeat(101) });
      expect([long.statusCode, long.json().error?.field]).toEqual([400, 'q']);
      // Trimmed first: spaces around a search of 100 characters are no reason to refuse it.
      const edge = await post(ours.dsl.cookie, '/api/concerns/search', {
        q: ` ${'x'.repeat(100)} `,
      });
      expect(edge.statusCode, edge.body).toBe(200);
      // A search in the address is refused, not ignored: the words belong in the body.
      const inAddress = await get(ours.dsl.cookie, '/api/concerns?q=amy');
      expect([inAddress.statusCode, inAddress.json().error?.field]).toEqual([400, 'q']);
    });
  },
  // Over fifty concerns a test on one address: more requests a minute than a person makes.
  { HAVEN_RATE_LIMIT_PER_MINUTE: '100000' },
);
