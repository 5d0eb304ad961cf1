import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { Engine } from '../connect.ts';

/** What every repository gets: the open transaction and which engine it runs on. */
export interface TxContext {
  db: Transaction<Database> | Kysely<Database>;
  engine: Engine;
}

export const toBool = (n: number | boolean): boolean => n === 1 || n === true;
export const fromBool = (b: boolean): number => (b ? 1 : 0);

/** Escapes LIKE wildcards in user search text. */
export const likePattern = (q: string): string =>
  `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
