import pg from 'pg';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Decides once whether the PostgreSQL half of the suite runs. Under CI it must; elsewhere a
 * missing server skips it with the reason printed.
 */
export default async function setup({
  provide,
}: {
  provide: (key: 'pgAvailable', value: boolean) => void;
}) {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    provide('pgAvailable', true);
  } catch (err) {
    if (process.env.CI === 'true')
      throw new Error(`CI=true but PostgreSQL at ${PG_URL} does not answer: ${String(err)}`, {
        cause: err,
      });
    console.warn(
      `\n[haven tests] Skipping the PostgreSQL half: nothing answers at ${PG_URL} (${String(err)}).\n`,
    );
    provide('pgAvailable', false);
  } finally {
    await client.end().catch(() => undefined);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAvailable: boolean;
  }
}
