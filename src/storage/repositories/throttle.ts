import type { ThrottleRepo } from '../../core/auth/ports.ts';
import type { TxContext } from './tx.ts';

const windowStart = (at: Date, seconds: number) =>
  Math.floor(at.getTime() / 1000 / seconds) * seconds;

/** Fixed-window counters in the database, so limits hold across several app servers. */
export const throttleRepo = ({ db }: TxContext): ThrottleRepo => ({
  async hit(key, windowSeconds, at) {
    const start = windowStart(at, windowSeconds);
    const row = await db
      .insertInto('throttle')
      .values({ key, window_start: start, count: 1 })
      .onConflict((oc) =>
        oc
          .columns(['key', 'window_start'])
          .doUpdateSet((eb) => ({ count: eb('throttle.count', '+', 1) })),
      )
      .returning('count')
      .executeTakeFirst();
    await db
      .deleteFrom('throttle')
      .where('key', '=', key)
      .where('window_start', '<', start)
      .execute();
    return row?.count ?? 1;
  },
  async count(key, windowSeconds, at) {
    const row = await db
      .selectFrom('throttle')
      .select('count')
      .where('key', '=', key)
      .where('window_start', '=', windowStart(at, windowSeconds))
      .executeTakeFirst();
    return row?.count ?? 0;
  },
});
