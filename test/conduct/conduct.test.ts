import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';

describeEachEngine('the code of conduct', (h) => {
  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    h().request({ method, url, cookie, ...(payload ? { payload } : {}) });
  const publish = (cookie: string, title: string) =>
    call(cookie, 'POST', '/api/conduct', {
      title,
      body: 'Never be alone with a child behind a closed door.\n\nNever give a child your personal number.',
    });

  test('[D48] staff acknowledge at induction and again for each new version; leaders see who has', async () => {
    const schoolId = await h().createSchool();
    const head = await h().as(schoolId, ['headteacher'], { name: 'Hal Head' });
    const teacher = await h().as(schoolId, ['staff'], { name: 'Tom Teacher' });
    expect((await call(teacher.cookie, 'GET', '/api/conduct')).json().data).toEqual({
      current: null,
      acknowledgedAt: null,
    });

    const v1 = (await publish(head.cookie, 'Staff code of conduct 2026')).json().data;
    expect(v1).toMatchObject({ version: 1, publishedBy: { fullName: 'Hal Head' } });
    const before = (await call(teacher.cookie, 'GET', '/api/conduct')).json().data;
    expect(before).toMatchObject({ current: { id: v1.id }, acknowledgedAt: null });

    const ack = await call(teacher.cookie, 'POST', '/api/conduct/acknowledge', {
      versionId: v1.id,
    });
    expect(ack.json().data.acknowledgedAt).toBe(h().clock.now().toISOString());
    const report = (await call(head.cookie, 'GET', '/api/conduct/report')).json().data;
    expect(report).toMatchObject({ acknowledged: 1, outstanding: 1 });
    expect(report.people[0]).toMatchObject({ fullName: 'Hal Head', acknowledgedAt: null });
    expect(report.people[1]).toMatchObject({ fullName: 'Tom Teacher' });

    // A new version: everyone acknowledges again, and the old one can no longer be agreed to.
    const v2 = (await publish(head.cookie, 'Staff code of conduct 2027')).json().data;
    expect(v2.version).toBe(2);
    expect(
      (await call(teacher.cookie, 'GET', '/api/conduct')).json().data.acknowledgedAt,
    ).toBeNull();
    const stale = await call(teacher.cookie, 'POST', '/api/conduct/acknowledge', {
      versionId: v1.id,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.field).toBe('versionId');
    await call(teacher.cookie, 'POST', '/api/conduct/acknowledge', { versionId: v2.id });
    expect(await h().auditTypes(schoolId)).toEqual(
      expect.arrayContaining(['conduct.published', 'conduct.acknowledged']),
    );
    // A newcomer starts with the current version outstanding.
    const newcomer = await h().as(schoolId, ['volunteer']);
    expect((await call(newcomer.cookie, 'GET', '/api/conduct')).json().data).toMatchObject({
      current: { version: 2 },
      acknowledgedAt: null,
    });
  });

  test('refusals: only leaders publish or see the report; bad input names the field; schools are apart', async () => {
    const schoolId = await h().createSchool();
    const admin = await h().as(schoolId, ['school_admin']);
    const teacher = await h().as(schoolId, ['staff']);
    expect((await publish(teacher.cookie, 'Mine')).statusCode).toBe(403);
    expect((await call(teacher.cookie, 'GET', '/api/conduct/report')).statusCode).toBe(403);
    const empty = await call(admin.cookie, 'POST', '/api/conduct', { title: 'T', body: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('body');
    const bad = await call(teacher.cookie, 'POST', '/api/conduct/acknowledge', { versionId: 'x' });
    expect(bad.json().error.field).toBe('versionId');
    const v = (await publish(admin.cookie, 'Ours')).json().data;

    const other = await h().createSchool('Other');
    const outsider = await h().as(other, ['staff']);
    expect((await call(outsider.cookie, 'GET', '/api/conduct')).json().data.current).toBeNull();
    expect(
      (await call(outsider.cookie, 'POST', '/api/conduct/acknowledge', { versionId: v.id }))
        .statusCode,
    ).toBe(404);
  });
});
