import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, makePupil, schoolWithPeople } from './support.ts';

interface Entry {
  id: string;
  at: string;
  kind: string;
  significant: boolean;
  summary: string;
  concernId: string | null;
}

describeEachEngine('the chronology’s order and filters', (h) => {
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const post = (cookie: string, url: string, payload?: object) =>
    h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });

  async function chronology(cookie: string, pupilId: string, query = ''): Promise<Entry[]> {
    const res = await get(cookie, `/api/files/${pupilId}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.chronology as Entry[];
  }

  /** Minutes pass between each step (well inside the DSL's 15-minute idle limit). */
  const later = (minutes = 3) => {
    h().clock.advance(minutes * 60_000);
    return h().clock.now().toISOString();
  };

  /**
   * A concern, then an addendum, a referral decision and a contact note, each a few minutes after
   * the last; returns the time each was written.
   */
  async function history() {
    const people = await schoolWithPeople(h());
    const { dsl, teacher, pupilId, category } = people;
    const concernAt = later();
    const sent = await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category));
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().data.id as string;

    const addendumAt = later();
    const addendum = await post(teacher.cookie, `/api/concerns/${id}/addenda`, {
      text: 'His sister says he fell off a trampoline.',
    });
    expect(addendum.statusCode, addendum.body).toBe(201);

    const decisionAt = later();
    const decision = await post(dsl.cookie, `/api/concerns/${id}/decision`, {
      outcome: 'referral',
      levelOfNeed: 'specialist',
      rationale: 'Pattern of injuries: referring to children’s social care.',
    });
    expect(decision.statusCode, decision.body).toBe(204);

    const noteAt = later();
    const note = await post(dsl.cookie, `/api/files/${pupilId}/notes`, {
      at: noteAt,
      text: 'Phoned mother to explain the referral.',
      significant: false,
    });
    expect(note.statusCode, note.body).toBe(201);
    return {
      ...people,
      id,
      noteId: note.json().data.id as string,
      times: { concernAt, addendumAt, decisionAt, noteAt },
    };
  }

  const descending = (entries: Entry[]) =>
    entries.every((e, i) => i === 0 || Date.parse(entries[i - 1]!.at) > Date.parse(e.at));

  test('[D31] the file lists a concern, its addendum, the decision and a note newest first, each at the time it was written', async () => {
    const { dsl, pupilId, id, times } = await history();
    const entries = await chronology(dsl.cookie, pupilId);
    expect(entries.map((e) => [e.kind, e.at, e.concernId])).toEqual([
      ['note', times.noteAt, null],
      ['decision', times.decisionAt, id],
      ['addendum', times.addendumAt, id],
      ['concern', times.concernAt, id],
    ]);
    expect(descending(entries)).toBe(true);
    expect(entries.map((e) => e.summary)).toEqual([
      'Phoned mother to explain the referral.',
      'Decision on C-00001: referral (level of need: Specialist)',
      'Addendum to C-00001',
      'Concern C-00001 recorded',
    ]);
  });

  test('a note of an earlier contact takes its place by when the contact happened, whatever offset it was given in', async () => {
    const { dsl, pupilId, times } = await history();
    // Two minutes after the addendum, written as British Summer Time would show it.
    const happened = new Date(Date.parse(times.addendumAt) + 2 * 60_000);
    const bst = new Date(happened.getTime() + 60 * 60_000).toISOString().replace('Z', '+01:00');
    later();
    for (const at of [bst, '2026-03-01']) {
      const res = await post(dsl.cookie, `/api/files/${pupilId}/notes`, {
        at,
        text: `Contact at ${at}`,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const entries = await chronology(dsl.cookie, pupilId);
    expect(entries.map((e) => [e.kind, e.at])).toEqual([
      ['note', times.noteAt],
      ['decision', times.decisionAt],
      ['note', happened.toISOString()],
      ['addendum', times.addendumAt],
      ['concern', times.concernAt],
      ['note', '2026-03-01T00:00:00.000Z'],
    ]);
    expect(descending(entries)).toBe(true);
  });

  test('the kind filter returns only entries of that kind, newest first', async () => {
    const { dsl, pupilId, times } = await history();
    const second = later();
    await post(dsl.cookie, `/api/files/${pupilId}/notes`, { at: second, text: 'Met father.' });

    expect(
      (await chronology(dsl.cookie, pupilId, '?kind=note')).map((e) => [e.kind, e.at]),
    ).toEqual([
      ['note', second],
      ['note', times.noteAt],
    ]);
    for (const kind of ['concern', 'addendum', 'decision'] as const) {
      const only = await chronology(dsl.cookie, pupilId, `?kind=${kind}`);
      expect(
        only.map((e) => e.kind),
        kind,
      ).toEqual([kind]);
    }
    expect(await chronology(dsl.cookie, pupilId, '?kind=meeting')).toEqual([]);
  });

  test('the significant filter returns only significant entries; with a kind, both must hold', async () => {
    const { dsl, pupilId, noteId, times } = await history();
    const marked = later();
    const sig = await post(dsl.cookie, `/api/files/${pupilId}/notes`, {
      at: marked,
      text: 'Police called: strategy meeting tomorrow.',
      significant: true,
    });
    expect(sig.statusCode, sig.body).toBe(201);

    // A referral decision is significant by itself; the concern, addendum and first note are not.
    const significant = await chronology(dsl.cookie, pupilId, '?significant=true');
    expect(significant.map((e) => [e.kind, e.at, e.significant])).toEqual([
      ['note', marked, true],
      ['decision', times.decisionAt, true],
    ]);
    expect(
      (await chronology(dsl.cookie, pupilId, '?kind=note&significant=true')).map((e) => e.id),
    ).toEqual([sig.json().data.id]);
    expect(await chronology(dsl.cookie, pupilId, '?kind=addendum&significant=true')).toEqual([]);

    // Marking an entry significant brings it into the filter in its place by time.
    expect(
      (
        await post(dsl.cookie, `/api/files/${pupilId}/entries/${noteId}/significant`, {
          significant: true,
        })
      ).statusCode,
    ).toBe(204);
    expect((await chronology(dsl.cookie, pupilId, '?significant=true')).map((e) => e.at)).toEqual([
      marked,
      times.noteAt,
      times.decisionAt,
    ]);

    // "false" is the "significant only" box unticked: every entry.
    expect(await chronology(dsl.cookie, pupilId, '?significant=false')).toHaveLength(5);
  });

  test('filters never show another child’s entries, nor open the file to anyone else; a bad filter is a 400 naming it', async () => {
    const { dsl, teacher, pupilId, category } = await history();
    const sibling = await makePupil(h(), dsl.cookie, { legalFirstName: 'Sid' });
    const theirs = await post(teacher.cookie, '/api/concerns', {
      ...concernInput(sibling, category, { immediateRisk: true }),
    });
    expect(theirs.statusCode, theirs.body).toBe(201);
    // The sibling's urgent concern is significant, but it is not this child's.
    expect((await chronology(dsl.cookie, pupilId, '?kind=concern')).length).toBe(1);
    expect((await chronology(dsl.cookie, pupilId, '?significant=true')).map((e) => e.kind)).toEqual(
      ['decision'],
    );
    expect(
      (await chronology(dsl.cookie, sibling, '?significant=true')).map((e) => e.concernId),
    ).toEqual([theirs.json().data.id]);

    const other = await schoolWithPeople(h());
    for (const cookie of [teacher.cookie, other.dsl.cookie]) {
      expect((await get(cookie, `/api/files/${pupilId}?significant=true`)).statusCode).toBe(404);
      expect((await get(cookie, `/api/files/${pupilId}?kind=decision`)).statusCode).toBe(404);
    }
    for (const [query, field] of [
      ['?kind=phone_call', 'kind'],
      ['?significant=yes', 'significant'],
    ] as const) {
      const res = await get(dsl.cookie, `/api/files/${pupilId}${query}`);
      expect([res.statusCode, res.json().error.field], query).toEqual([400, field]);
    }
  });
});
