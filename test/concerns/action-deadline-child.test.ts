import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, makePupil, schoolWithPeople } from './support.ts';

interface Deadline {
  rule: string;
  pupilId: string | null;
  pupilName: string | null;
}

// An action on a concern about several children is filed under one of them. Its owner may be
// outside the DSL team and may read only another child's file, or none.
describeEachEngine('[D08] the child an action’s clock is on, as its owner sees it', (h) => {
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const post = (cookie: string, url: string, payload: object) =>
    h().request({ method: 'POST', url, cookie, payload });

  async function twoChildConcern() {
    const people = await schoolWithPeople(h());
    const other = await makePupil(h(), people.dsl.cookie, {
      legalFirstName: 'Ravi',
      legalLastName: 'Example',
    });
    const res = await post(
      people.teacher.cookie,
      '/api/concerns',
      concernInput(people.pupilId, people.category, {
        children: [
          { pupilId: people.pupilId, role: 'victim' },
          { pupilId: other, role: 'alleged_perpetrator' },
        ],
        bodyMap: [],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    return { ...people, other, id: res.json().data.id as string };
  }

  const grant = async (dsl: string, pupilId: string, granteeId: string) => {
    const expiresAt = new Date(h().clock.now().getTime() + 7 * 86_400_000).toISOString();
    const res = await post(dsl, `/api/files/${pupilId}/grants`, {
      granteeId,
      reason: 'Needs to know for the plan',
      expiresAt,
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  const actionClocks = async (cookie: string, scope: 'mine' | 'school') =>
    (await get(cookie, `/api/deadlines?scope=${scope}`))
      .json<{ data: Deadline[] }>()
      .data.filter((d) => d.rule === 'action_due');

  test('an owner who may read only the other child’s file is not told whose file the clock is on', async () => {
    const { dsl, teacher, pupilId, other, id } = await twoChildConcern();
    await grant(dsl.cookie, other, teacher.user.id);
    const added = await post(dsl.cookie, `/api/concerns/${id}/actions`, {
      description: 'Check in daily',
      ownerId: teacher.user.id,
      dueOn: '2026-03-05',
    });
    expect(added.statusCode, added.body).toBe(204);

    // The DSL team's dashboard says whose file it is on: the first child's.
    const [onFile] = await actionClocks(dsl.cookie, 'school');
    expect(onFile?.pupilId).toBe(pupilId);
    const firstName = onFile?.pupilName as string;
    expect(firstName).toBeTruthy();

    const mine = await get(teacher.cookie, '/api/deadlines?scope=mine');
    expect(mine.statusCode).toBe(200);
    expect(await actionClocks(teacher.cookie, 'mine')).toEqual([
      expect.objectContaining({ pupilId: null, pupilName: null }),
    ]);
    expect(mine.body).not.toContain(pupilId);
    expect(mine.body).not.toContain(firstName);
    // Nor does the reason the DSL team gave for standing the clock down, written about the child.
    const [clock] = (await get(dsl.cookie, '/api/deadlines?scope=school'))
      .json<{ data: (Deadline & { id: string })[] }>()
      .data.filter((d) => d.rule === 'action_due');
    const waived = await post(dsl.cookie, `/api/deadlines/${clock?.id ?? ''}/waive`, {
      reason: `${firstName} has moved school`,
    });
    expect(waived.statusCode, waived.body).toBe(200);
    const closed = await get(teacher.cookie, '/api/deadlines?scope=mine&state=closed');
    expect(closed.json().data).toEqual([
      expect.objectContaining({ rule: 'action_due', pupilName: null, waivedReason: null }),
    ]);
    // Asking for each child in turn does not tell which one the clock is filed under.
    for (const child of [pupilId, other]) {
      const probed = await get(
        teacher.cookie,
        `/api/deadlines?scope=mine&state=closed&pupilId=${child}`,
      );
      expect(probed.statusCode).toBe(200);
      expect(probed.json().data).toEqual([]);
    }
  });

  test('an owner who may read that child’s file sees the child, as the DSL team does', async () => {
    const { dsl, teacher, pupilId, id } = await twoChildConcern();
    await grant(dsl.cookie, pupilId, teacher.user.id);
    await post(dsl.cookie, `/api/concerns/${id}/actions`, {
      description: 'Check in daily',
      ownerId: teacher.user.id,
      dueOn: '2026-03-05',
    });
    const [onFile] = await actionClocks(dsl.cookie, 'school');
    expect(await actionClocks(teacher.cookie, 'mine')).toEqual([
      expect.objectContaining({ pupilId, pupilName: onFile?.pupilName }),
    ]);
    expect(onFile?.pupilName).toBeTruthy();
  });
});
