import type { TestHaven } from '../support/haven.ts';
import { validPupil } from '../support/haven.ts';

/** A pupil made through the API by an administrator; returns its id. */
export async function makePupil(
  h: TestHaven,
  adminCookie: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await h.request({
    method: 'POST',
    url: '/api/pupils',
    cookie: adminCookie,
    payload: validPupil({ upn: null, ...overrides }),
  });
  if (res.statusCode !== 201) throw new Error(`pupil: ${res.statusCode} ${res.body}`);
  return res.json<{ data: { id: string } }>().data.id;
}

export async function categoryId(h: TestHaven, cookie: string, code = 'physical'): Promise<string> {
  const res = await h.request({ method: 'GET', url: '/api/categories', cookie });
  const found = res
    .json<{ data: { id: string; code: string }[] }>()
    .data.find((c) => c.code === code);
  if (!found) throw new Error(`no category ${code}: ${res.body}`);
  return found.id;
}

export const concernInput = (
  pupilId: string,
  primaryCategoryId: string,
  overrides: Record<string, unknown> = {},
) => ({
  kind: 'concern',
  children: [{ pupilId, role: 'subject' }],
  childWords: 'He said his arm hurt when he fell over at home.',
  observed: 'A bruise on the left forearm, about 3 cm, yellowing.',
  actionTaken: 'Listened, did not ask leading questions.',
  // Before every time the tests set their clock to: an incident cannot be recorded before it happens.
  incidentAt: '2025-12-01T08:30:00Z',
  location: 'Classroom 4',
  primaryCategoryId,
  tagIds: [],
  immediateRisk: false,
  spokeToDsl: false,
  bodyMap: [{ pupilId, side: 'front', x: 0.3, y: 0.45, markType: 'bruise', note: 'Left forearm' }],
  ...overrides,
});

/** A school with a DSL, a teacher and a pupil, all signed in through the API. */
export async function schoolWithPeople(h: TestHaven) {
  const schoolId = await h.createSchool();
  const dsl = await h.as(schoolId, ['dsl'], { name: 'Dana Lead' });
  const teacher = await h.as(schoolId, ['staff'], { name: 'Tom Teacher' });
  const pupilId = await makePupil(h, dsl.cookie);
  const category = await categoryId(h, teacher.cookie);
  return { schoolId, dsl, teacher, pupilId, category };
}
