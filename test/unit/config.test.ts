import { describe, expect, test } from 'vitest';
import { defaultPgPoolSize, loadConfig } from '../../src/config.ts';

describe('configuration', () => {
  test('PostgreSQL keeps about two connections a core, never more than ten', () => {
    expect(defaultPgPoolSize(1)).toBe(3);
    expect(defaultPgPoolSize(2)).toBe(5);
    expect(defaultPgPoolSize(4)).toBe(9);
    expect(defaultPgPoolSize(64)).toBe(10);
    expect(loadConfig({}).pgPoolSize).toBe(defaultPgPoolSize());
  });

  test('HAVEN_PG_POOL_SIZE sets the pool; a size that is not a whole number above 0 is refused by name', () => {
    expect(loadConfig({ HAVEN_PG_POOL_SIZE: '20' }).pgPoolSize).toBe(20);
    expect(() => loadConfig({ HAVEN_PG_POOL_SIZE: '0' })).toThrow(/HAVEN_PG_POOL_SIZE/);
    expect(() => loadConfig({ HAVEN_PG_POOL_SIZE: 'lots' })).toThrow(/HAVEN_PG_POOL_SIZE/);
    expect(() => loadConfig({ HAVEN_PG_POOL_SIZE: '2.5' })).toThrow(/HAVEN_PG_POOL_SIZE/);
  });

  test('HAVEN_URGENT_ACK_MINUTES is held to the urgent rule’s own limits, refused by name outside them', () => {
    expect(loadConfig({}).urgentAckMinutes).toBe(15);
    expect(loadConfig({ HAVEN_URGENT_ACK_MINUTES: '5' }).urgentAckMinutes).toBe(5);
    expect(loadConfig({ HAVEN_URGENT_ACK_MINUTES: '120' }).urgentAckMinutes).toBe(120);
    for (const bad of ['0', '4', '121', 'abc', '7.5', '-10'])
      expect(() => loadConfig({ HAVEN_URGENT_ACK_MINUTES: bad }), bad).toThrow(
        /HAVEN_URGENT_ACK_MINUTES/,
      );
  });
});
