import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { preparedNameOf } from './compiled-once.ts';

type Query = (config: pg.QueryConfig) => Promise<pg.QueryResult>;

/**
 * Kysely sends every statement unnamed, so PostgreSQL parses and plans it on every run. The
 * statements compiled once (the few behind every request) are sent by name instead: each
 * connection prepares one the first time it runs it and reuses the plan after that.
 */
export function preparedStatementPool(pool: pg.Pool): PostgresPool {
  const named = new WeakSet<pg.PoolClient>();
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      if (!named.has(client)) {
        named.add(client);
        const query = client.query.bind(client) as unknown as Query &
          ((sql: string, values: unknown[]) => Promise<pg.QueryResult>);
        const byName = (sql: string, values: unknown[]) => {
          const name = preparedNameOf(sql);
          return name ? query({ name, text: sql, values }) : query(sql, values);
        };
        (client as unknown as { query: typeof byName }).query = byName;
      }
      return client as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
