import { verifyChain, type ChainProblem } from '../core/audit/chain.ts';
import type { AuditEvent } from '../core/audit/events.ts';
import type { Connection } from './connect.ts';
import { toAuditEvent } from './repositories/audit.ts';

const BATCH = 2000;

/** Streams one chain in sequence order, a batch at a time, so memory stays flat on big logs. */
async function* eventsOf(conn: Connection, chain: string): AsyncGenerator<AuditEvent> {
  let after = 0;
  for (;;) {
    const rows = await conn.db
      .selectFrom('audit_events')
      .selectAll()
      .where('chain', '=', chain)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const r of rows) yield toAuditEvent(r);
    if (rows.length < BATCH) return;
    after = Number(rows.at(-1)?.seq);
  }
}

async function collect(it: AsyncGenerator<AuditEvent>): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for await (const e of it) out.push(e);
  return out;
}

export interface VerifyReport {
  chains: number;
  events: number;
  problems: ChainProblem[];
}

/** Checks every chain; reports the first broken event of each broken chain. */
export async function verifyAuditLog(conn: Connection): Promise<VerifyReport> {
  const heads = await conn.db.selectFrom('audit_heads').selectAll().execute();
  const chains = await conn.db.selectFrom('audit_events').select('chain').distinct().execute();
  const names = [...new Set([...heads.map((h) => h.chain), ...chains.map((c) => c.chain)])].sort();
  const report: VerifyReport = { chains: names.length, events: 0, problems: [] };
  for (const chain of names) {
    const head = heads.find((h) => h.chain === chain);
    // Verification is per chain; a chain of a school is small enough to hold (tens of MB at most).
    const events = await collect(eventsOf(conn, chain));
    report.events += events.length;
    const problem = verifyChain(
      chain,
      events,
      head
        ? { lastSeq: Number(head.last_seq), lastHash: head.last_hash }
        : { lastSeq: 0, lastHash: '' },
    );
    if (problem) report.problems.push(problem);
  }
  return report;
}
