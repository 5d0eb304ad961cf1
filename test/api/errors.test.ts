import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { ENGINES, engineAvailable } from '../support/engines.ts';
import { TestHaven } from '../support/haven.ts';
import { errorOf, expectError, routesOf } from './helpers.ts';

const COMMITTED_SPEC = path.resolve(import.meta.dirname, '../../docs/openapi.json');
const HIDDEN = ['GET /api/openapi.json', 'GET /healthz', 'GET /readyz'];
/** Operations whose success is not a plain 200, as the other API tests show them behaving. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses?: Record<string, unknown>;
}
interface OpenApi {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
}

describeEachEngine('errors and plumbing', (h) => {
  test('a malformed JSON body is a 400 validation error, never a 5xx', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    const bodies = ['{"email": "a@b.org", ', 'not json at all', '[1, 2', '"just a string"', '[]'];
    for (const [url, auth] of [
      ['/api/auth/sign-in', undefined],
      ['/api/pupils', cookie],
    ] as const) {
      for (const payload of bodies) {
        const res = await h().request({
          method: 'POST',
          url,
          cookie: auth,
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expectError(res, 400, 'VALIDATION');
      }
    }
  });

  test('a body that is not JSON at all, or far too large, is refused without a 5xx', async () => {
    const plain = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a@b.org',
    });
    expect(plain.statusCode).toBeGreaterThanOrEqual(400);
    expect(plain.statusCode).toBeLessThan(500);
    expect(errorOf(plain).code).toBe('VALIDATION');
    const huge = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'a@b.org', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
  });

  test('an unknown /api path is a JSON 404', async () => {
    for (const [method, url] of [
      ['GET', '/api/no-such-thing'],
      ['POST', '/api/no-such-thing'],
      ['GET', '/api?x=1'],
      ['GET', '/api'],
      ['GET', '/api/pupils/extra/segments'],
    ] as const) {
      const res = await h().request({ method, url });
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expectError(res, 404, 'NOT_FOUND');
    }
  });

  test('an unknown page path serves the web app, so deep links work', async () => {
    for (const url of ['/', '/pupils', '/staff/123', '/invite']) {
      const res = await h().request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toMatch(/<html/i);
    }
  });

  test('health and readiness checks answer 200', async () => {
    const health = await h().request({ method: 'GET', url: '/healthz' });
    expect([health.statusCode, health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await h().request({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode, ready.body).toBe(200);
  });

  test('the OpenAPI document is OpenAPI 3.1 and lists every route', async () => {
    const res = await h().request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<OpenApi>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toEqual(expect.any(String));
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);

    const documented: string[] = [];
    for (const [route, operations] of Object.entries(doc.paths)) {
      expect(route).toMatch(/^\/api\//);
      const pathParams = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(operations)) {
        const name = `${method.toUpperCase()} ${route}`;
        expect(METHODS, name).toContain(method);
        expect(Object.keys(op.responses ?? {}).length, name).toBeGreaterThan(0);
        expect(op.summary, name).toEqual(expect.any(String));
        expect(op.tags?.length, name).toBeGreaterThan(0);
        for (const param of pathParams) {
          expect(op.parameters, name).toContainEqual(
            expect.objectContaining({ in: 'path', name: param, required: true }),
          );
        }
        if (op.requestBody) expect(op.requestBody.content['application/json'], name).toBeDefined();
        const success = Object.keys(op.responses ?? {}).filter((status) => status.startsWith('2'));
        expect(success, `${name} documents one success status`).toHaveLength(1);
        documented.push(`${method.toUpperCase()} ${route.replace(/\{(\w+)\}/g, ':$1')}`);
      }
    }
    const routes = routesOf(h().app)
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !HIDDEN.includes(r));
    expect([...documented].sort()).toEqual([...routes].sort());
  });

  test('docs/openapi.json matches what the server serves', async () => {
    if (!existsSync(COMMITTED_SPEC)) {
      expect.fail('docs/openapi.json does not exist: run npm run openapi');
    }
    const committed: unknown = JSON.parse(readFileSync(COMMITTED_SPEC, 'utf8'));
    const served: unknown = (await h().request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(served, 'docs/openapi.json is out of date: run npm run openapi').toEqual(committed);
  });
});

for (const engine of ENGINES) {
  describe.skipIf(!engineAvailable(engine))(`a server fault [${engine}]`, () => {
    let h: TestHaven;
    beforeAll(async () => {
      h = await TestHaven.start(engine);
      await h.rt.conn.db.destroy(); // the database goes away under a running server
    });
    afterAll(async () => {
      await h?.stop().catch(() => h?.db.drop());
    });

    test('a 5xx shows only a generic message and a correlation id', async () => {
      const requests = [
        h.request({ method: 'GET', url: '/api/setup/status' }),
        h.request({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: 'someone@example.org', password: 'a long enough password' },
        }),
      ];
      for (const res of await Promise.all(requests)) {
        expect(res.statusCode, res.body).toBe(500);
        const body = res.json<{ error: Record<string, unknown> }>();
        expect(Object.keys(body)).toEqual(['error']);
        expect(Object.keys(body.error).sort()).toEqual(['code', 'correlationId', 'message']);
        expect(body.error.code).toBe('INTERNAL');
        expect(body.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
        expect(body.error.message).toMatch(/something went wrong/i);
        expect(res.body).not.toMatch(/kysely|sql|sqlite|postgres|destroy|stack|at \//i);
      }
    });

    test('readiness says 503 while the database is unavailable', async () => {
      const ready = await h.request({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
    });
  });
}
