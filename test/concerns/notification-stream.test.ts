import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { engineAvailable } from '../support/engines.ts';
import { TestHaven } from '../support/haven.ts';
import { concernInput, schoolWithPeople } from './support.ts';

/** Reads server-sent events until `until` matches one, or gives up. */
async function readEvents(
  res: Response,
  until: (e: { event: string; data: string }) => boolean,
  ms: number,
) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const events: { event: string; data: string }[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now())),
    ]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value);
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data !== undefined) {
        events.push({ event, data });
        if (until({ event, data })) {
          await reader.cancel();
          return events;
        }
      }
    }
  }
  await reader.cancel();
  return events;
}

describe.skipIf(!engineAvailable('sqlite'))('live notifications [sqlite]', () => {
  let h: TestHaven;
  let base: string;
  beforeAll(async () => {
    h = await TestHaven.start('sqlite');
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => h.stop());

  test('[D16] the DSL’s unread count is pushed within seconds of a new concern', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h);
    const res = await fetch(`${base}/api/notifications/stream`, {
      headers: { cookie: `haven_session=${dsl.cookie}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    setTimeout(() => {
      void h.request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category),
      });
    }, 500);
    const events = await readEvents(
      res,
      (e) => e.event === 'unread' && JSON.parse(e.data).unread === 1,
      8000,
    );
    expect(events[0]).toEqual({ event: 'unread', data: JSON.stringify({ unread: 0 }) });
    expect(events.at(-1)).toEqual({ event: 'unread', data: JSON.stringify({ unread: 1 }) });
  });

  test('the stream needs a session and ends when the session does', async () => {
    expect((await fetch(`${base}/api/notifications/stream`)).status).toBe(401);
    const school = await h.createSchool();
    const { cookie } = await h.as(school, ['dsl']);
    const res = await fetch(`${base}/api/notifications/stream`, {
      headers: { cookie: `haven_session=${cookie}` },
    });
    await h.request({ method: 'POST', url: '/api/auth/sign-out', cookie });
    const events = await readEvents(res, (e) => e.event === 'signed-out', 8000);
    expect(events.map((e) => e.event)).toContain('signed-out');
  });
});
