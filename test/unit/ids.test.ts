import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '../../src/core/shared/ids.ts';

describe('record ids', () => {
  it('are version 7 UUIDs that every id check in the API accepts', () => {
    for (let i = 0; i < 1000; i++) {
      const id = newId();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
  });

  it('carry the time they were made, so later records sort after earlier ones', async () => {
    const before = Date.now();
    const first = newId();
    await new Promise((r) => setTimeout(r, 3));
    const second = newId();
    const msOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(msOf(first)).toBeGreaterThanOrEqual(before);
    expect(second > first).toBe(true);
  });

  it('never repeat', () => {
    const ids = new Set(Array.from({ length: 50_000 }, newId));
    expect(ids.size).toBe(50_000);
  });
});
