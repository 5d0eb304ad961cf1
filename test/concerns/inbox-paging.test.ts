import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

type Counts = Record<'new' | 'in_progress' | 'waiting' | 'closed', number>;
interface Row {
  id: string;
  immediateRisk: boolean;
  ownerId: string | null;
  owner: { id: string; fullName: string } | null;
}
interface Page {
  data: Row[];
  nextBefore: string | null;
  counts: Counts;
  awaitingAnswer: number;
}

describeEachEngine('the DSL team’s inbox, a page at a time and by owner', (h) => {
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const post = (cookie: string, url: string, payload?: object) =>
    h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });

  async function record(
    cookie: string,
    pupilId: string,
    category: string,
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    const res = await post(cookie, '/api/concerns', concernInput(pupilId, category, overrides));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: { id: string } }>().data.id;
  }

  async function page(cookie: string, query: string): Promise<Page> {
    const res = await get(cookie, `/api/concerns${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  }

  /** Every page of a query, following `nextBefore` to the end. */
  async function allPages(cookie: string, query: string): Promise<Page[]> {
    const pages: Page[] = [];
    let before: string | null = null;
    do {
      const sep = query ? '&' : '?';
      const cursor = before === null ? '' : `${sep}before=${encodeURIComponent(before)}`;
      const p = await page(cookie, `${query}${cursor}`);
      pages.push(p);
      before = p.nextBefore;
    } while (before !== null && pages.length < 20);
    return pages;
  }

  test('pages follow one another urgent first, then newest, with no concern repeated or missed, even several recorded in the same millisecond; counts are the whole inbox’s on every page', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const plain: string[] = [];
    for (let i = 0; i < 3; i++) {
      h().clock.advance(60_000);
      plain.push(await record(teacher.cookie, pupilId, category));
    }
    // Three at one instant: only the id can order them, and paging must not lose one.
    const sameTime = [
      await record(teacher.cookie, pupilId, category),
      await record(teacher.cookie, pupilId, category),
      await record(teacher.cookie, pupilId, category),
    ];
    h().clock.advance(60_000);
    const urgent = await record(teacher.cookie, pupilId, category, { immediateRisk: true });

    const whole = (await page(dsl.cookie, '?limit=200')).data.map((c) => c.id);
    expect(whole).toHaveLength(7);
    expect(whole[0]).toBe(urgent);
    expect(whole.slice(1, 4).sort()).toEqual([...sameTime].sort());
    expect(whole.slice(4)).toEqual([plain[2], plain[1], plain[0]]);

    const pages = await allPages(dsl.cookie, '?limit=2');
    expect(pages.map((p) => p.data.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flatMap((p) => p.data.map((c) => c.id))).toEqual(whole);
    expect(pages.at(-1)?.nextBefore).toBeNull();
    for (const p of pages) {
      expect(p.counts).toEqual({ new: 7, in_progress: 0, waiting: 0, closed: 0 });
    }
    // The cursor holds a flag, a time and a concern's id: nothing about the child.
    expect(pages[0]?.nextBefore).toMatch(/^[01]~\d{4}-\d{2}-\d{2}T[\d:.]+Z~[0-9a-f-]{36}$/);
  });

  test('more closed concerns than a page: the closed count matches what paging through shows', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const closed: string[] = [];
    for (let i = 0; i < 3; i++) {
      h().clock.advance(60_000);
      const id = await record(teacher.cookie, pupilId, category);
      const res = await post(dsl.cookie, `/api/concerns/${id}/decision`, {
        outcome: 'no_further_action',
        levelOfNeed: 'universal',
        rationale: 'Explained by a fall at football.',
      });
      expect(res.statusCode, res.body).toBe(204);
      closed.unshift(id);
    }
    const pages = await allPages(dsl.cookie, '?status=closed&limit=2');
    expect(pages[0]?.counts.closed).toBe(3);
    expect(pages.flatMap((p) => p.data.map((c) => c.id))).toEqual(closed);
  });

  test('the owner filter: me, a colleague by id, or none for unassigned; with a status both hold; the owner is named on each row', async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const deputy = await h().as(schoolId, ['deputy_dsl'], { name: 'Dee Deputy' });
    const mine = await record(teacher.cookie, pupilId, category);
    h().clock.advance(60_000);
    const theirs = await record(teacher.cookie, pupilId, category);
    h().clock.advance(60_000);
    const nobodys = await record(teacher.cookie, pupilId, category);
    // Acknowledging makes the DSL the owner and moves the concern on to "in progress".
    expect((await post(dsl.cookie, `/api/concerns/${mine}/acknowledge`)).statusCode).toBe(204);
    const assigned = await post(dsl.cookie, `/api/concerns/${theirs}/assign`, {
      ownerId: deputy.user.id,
    });
    expect(assigned.statusCode, assigned.body).toBe(204);

    const ids = async (cookie: string, query: string) =>
      (await page(cookie, query)).data.map((c) => c.id);
    expect(await ids(dsl.cookie, '?owner=me&status=in_progress')).toEqual([mine]);
    expect(await ids(dsl.cookie, '?owner=me&status=new')).toEqual([]);
    // Without a status, every status: the API's list, not the page's default of "new".
    expect(await ids(dsl.cookie, '?owner=me')).toEqual([mine]);
    expect(await ids(deputy.cookie, '?owner=me')).toEqual([theirs]);
    expect(await ids(dsl.cookie, `?owner=${deputy.user.id}`)).toEqual([theirs]);
    expect(await ids(dsl.cookie, '?owner=none')).toEqual([nobodys]);
    expect(await ids(dsl.cookie, '?owner=none&status=in_progress')).toEqual([]);

    const all = await page(dsl.cookie, '');
    expect(all.data.map((c) => [c.id, c.owner])).toEqual([
      [nobodys, null],
      [theirs, { id: deputy.user.id, fullName: 'Dee Deputy' }],
      [mine, { id: dsl.user.id, fullName: 'Dana Lead' }],
    ]);
    // Filters never change the counts.
    expect((await page(dsl.cookie, '?owner=none')).counts).toEqual(all.counts);
  });

  test('another school’s concerns never appear, under any filter or with its cursor or owner', async () => {
    const ours = await schoolWithPeople(h());
    const theirs = await schoolWithPeople(h());
    const mine = await record(ours.teacher.cookie, ours.pupilId, ours.category);
    await post(ours.dsl.cookie, `/api/concerns/${mine}/acknowledge`);
    const other: string[] = [];
    for (const overrides of [{}, { immediateRisk: true }]) {
      h().clock.advance(60_000);
      other.push(await record(theirs.teacher.cookie, theirs.pupilId, theirs.category, overrides));
    }
    await post(theirs.dsl.cookie, `/api/concerns/${other[0] as string}/acknowledge`);
    const theirCursor = (await page(theirs.dsl.cookie, '?limit=1')).nextBefore as string;
    expect(theirCursor).not.toBeNull();

    for (const query of [
      '',
      '?owner=me',
      '?owner=none',
      `?owner=${theirs.dsl.user.id}`,
      '?urgent=true',
      '?reconsideration=open',
      ...['new', 'in_progress', 'waiting', 'closed'].map((s) => `?status=${s}`),
      `?before=${encodeURIComponent(theirCursor)}`,
      `?owner=none&urgent=true&before=${encodeURIComponent(theirCursor)}`,
    ]) {
      const p = await page(ours.dsl.cookie, query);
      expect(
        p.data.filter((c) => other.includes(c.id)),
        query,
      ).toEqual([]);
      expect(p.counts, query).toEqual({ new: 0, in_progress: 1, waiting: 0, closed: 0 });
    }
  });

  test('a bad cursor, owner or page size is a 400 naming it; a teacher gets "not found" whatever the query', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    await record(teacher.cookie, pupilId, category);
    const cursor = (await page(dsl.cookie, '')).data[0] as Row;
    for (const [query, field] of [
      ['?before=yesterday', 'before'],
      ['?before=', 'before'],
      // The right shape, but not a time.
      [`?before=${encodeURIComponent(`0~2025-13-45T99:00:00.000Z~${cursor.id}`)}`, 'before'],
      [`?before=${encodeURIComponent(`2~2025-12-01T09:00:00.000Z~${cursor.id}`)}`, 'before'],
      ['?owner=bob', 'owner'],
      ['?owner=', 'owner'],
      ['?owner=ME', 'owner'],
      ['?owner=C-00001', 'owner'],
      ['?limit=0', 'limit'],
      ['?limit=201', 'limit'],
    ] as const) {
      const res = await get(dsl.cookie, `/api/concerns${query}`);
      expect([res.statusCode, res.json().error?.field], query).toEqual([400, field]);
    }
    for (const query of ['', '?owner=me', '?owner=none', '?before=yesterday', '?owner=bob']) {
      const res = await get(teacher.cookie, `/api/concerns${query}`);
      expect(res.statusCode, query).toBe(404);
    }
  });
});
