import { newId } from '../../core/shared/ids.ts';
import { GENESIS_HASH, hashEvent } from '../../core/audit/chain.ts';
import { chainFor, type AuditEvent } from '../../core/audit/events.ts';
import type { AuditRepo } from '../../core/audit/port.ts';
import type { Database } from '../schema.ts';
import type { TxContext } from './tx.ts';
import { compiledOnce, firstRow, insertRows, rowSlots } from '../compiled-once.ts';

// Every change and every read of a child's file appends to the chain: these three run most.
const headQuery = compiledOnce<{ chain: string }, Database['audit_heads']>((db, p, _n, engine) => {
  const q = db
    .selectFrom('audit_heads')
    .selectAll()
    .where(
      'chain',
      '=',
      p((v) => v.chain),
    );
  return engine === 'postgres' ? q.forUpdate() : q;
});
const AUDIT_COLUMNS = [
  'chain',
  'seq',
  'id',
  'type',
  'at',
  'school_id',
  'actor_id',
  'actor_name',
  'actor_roles',
  'ip',
  'request_id',
  'subject_type',
  'subject_id',
  'summary',
  'details',
  'prev_hash',
  'hash',
] as const;
type EventRow = Database['audit_events'];
const insertEvent = insertRows('audit_events', AUDIT_COLUMNS);
const moveHead = compiledOnce<{ chain: string; seq: number; hash: string }>((db, p) =>
  db
    .updateTable('audit_heads')
    .set({ last_seq: p((v) => v.seq), last_hash: p((v) => v.hash) })
    .where(
      'chain',
      '=',
      p((v) => v.chain),
    ),
);

// On PostgreSQL the event and the new head go in one statement: the head stays locked until
// commit, so every round trip saved there is time another writer in the school no longer waits.
const insertEventMovingHead = compiledOnce<{ row: EventRow }>(
  (db, p) =>
    db
      .with('event', (qc) =>
        qc.insertInto('audit_events').values(rowSlots(p, (v) => v.row, AUDIT_COLUMNS)),
      )
      .updateTable('audit_heads')
      .set({ last_seq: p((v) => v.row.seq), last_hash: p((v) => v.row.hash) })
      .where(
        'chain',
        '=',
        p((v) => v.row.chain),
      ),
  { answerless: true },
);

async function appendRow(ctx: TxContext, row: EventRow): Promise<void> {
  if (ctx.engine === 'postgres') {
    await insertEventMovingHead(ctx, { row });
    return;
  }
  await insertEvent(ctx, [row]);
  await moveHead(ctx, { chain: row.chain, seq: Number(row.seq), hash: row.hash });
}

export const toAuditEvent = (r: Database['audit_events']): AuditEvent => ({
  chain: r.chain,
  seq: Number(r.seq),
  id: r.id,
  type: r.type,
  at: r.at,
  schoolId: r.school_id,
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRoles: JSON.parse(r.actor_roles) as string[],
  ip: r.ip,
  requestId: r.request_id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  summary: r.summary,
  details: JSON.parse(r.details) as Record<string, unknown>,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/**
 * Appends to the school's hash chain. The chain head row is locked for the rest of the
 * transaction (FOR UPDATE on PostgreSQL; SQLite transactions are already serial), so two
 * writers can never fork a chain.
 */
export const auditRepo = (ctx: TxContext): AuditRepo => {
  const { db } = ctx;
  return {
    async append(input, at) {
      const chain = chainFor(input.schoolId);
      const headOf = async () => firstRow(await headQuery(ctx, { chain }));
      let head = await headOf();
      if (!head) {
        // A chain's first event: whichever writer inserts the head first, both then lock it.
        await db
          .insertInto('audit_heads')
          .values({ chain, last_seq: 0, last_hash: GENESIS_HASH })
          .onConflict((oc) => oc.column('chain').doNothing())
          .execute();
        head = await headOf();
        if (!head) throw new Error(`Audit chain ${chain} has no head`);
      }
      const body = {
        chain,
        seq: Number(head.last_seq) + 1,
        id: newId(),
        type: input.type,
        at: at.toISOString(),
        schoolId: input.schoolId,
        actorId: input.actor.userId,
        actorName: input.actor.fullName,
        actorRoles: [...input.actor.roles],
        ip: input.actor.ip,
        requestId: input.actor.requestId,
        subjectType: input.subject?.type ?? null,
        subjectId: input.subject?.id ?? null,
        summary: input.summary,
        details: input.details as Record<string, unknown>,
      };
      const hash = hashEvent(head.last_hash, body);
      await appendRow(ctx, {
        chain,
        seq: body.seq,
        id: body.id,
        type: body.type,
        at: body.at,
        school_id: body.schoolId,
        actor_id: body.actorId,
        actor_name: body.actorName,
        actor_roles: JSON.stringify(body.actorRoles),
        ip: body.ip,
        request_id: body.requestId,
        subject_type: body.subjectType,
        subject_id: body.subjectId,
        summary: body.summary,
        details: JSON.stringify(body.details),
        prev_hash: head.last_hash,
        hash,
      });
      return { ...body, prevHash: head.last_hash, hash };
    },
    async list(f) {
      let q = db.selectFrom('audit_events').selectAll().where('chain', '=', f.schoolId);
      if (f.type) q = q.where('type', '=', f.type);
      if (f.actorId) q = q.where('actor_id', '=', f.actorId);
      if (f.subjectId) q = q.where('subject_id', '=', f.subjectId);
      // An empty list matches nothing, as `in ()` would if SQL allowed it.
      if (f.types?.length === 0 || f.subjectIds?.length === 0) return [];
      if (f.types) q = q.where('type', 'in', [...f.types]);
      if (f.subjectIds) q = q.where('subject_id', 'in', [...f.subjectIds]);
      const except = f.exceptSubjectTypes;
      if (except?.length)
        q = q.where((eb) =>
          eb.or([eb('subject_type', 'is', null), eb('subject_type', 'not in', [...except])]),
        );
      if (f.exceptTypes?.length) q = q.where('type', 'not in', [...f.exceptTypes]);
      if (f.from) q = q.where('at', '>=', f.from);
      if (f.to) q = q.where('at', '<', f.to);
      if (f.before !== undefined) q = q.where('seq', '<', f.before);
      const rows = await q.orderBy('seq', 'desc').limit(f.limit).execute();
      return rows.map(toAuditEvent);
    },
  };
};
