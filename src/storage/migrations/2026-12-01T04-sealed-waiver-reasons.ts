import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Kysely, Migration } from 'kysely';
import { loadConfig } from '../../config.ts';
import { decrypt, encrypt } from '../../security/aead.ts';
import { loadKek } from '../../security/key-file.ts';
import { aesGcmBox } from '../../security/secret-box.ts';
import type { SecretBox } from '../../core/auth/ports.ts';

/**
 * The reason a DSL gave for waiving a deadline sat in clear beside the pupil id. It moves to
 * `waived_reason_sealed`, sealed with the child's key like everything a person writes about a child
 * (ADR 0003). `waived_reason` stays for the fixed words Haven writes itself when it stands a clock
 * down (a referral withdrawn, a case about an adult closed): the LADO clock has no child whose key
 * could seal them, and they say no more than the state does.
 *
 * Old rows cannot tell a person's words from Haven's, so every reason on a child's deadline is
 * sealed. Frozen in time: the data key's wrapping context is spelled out as the child vault wrote
 * it when this was written.
 */

/** Where the key-encryption key comes from. */
export type KekSource = () => Buffer;

const keyContext = (pupilId: string) => `child-key:${pupilId}`;

/**
 * The key as the runtime is about to load it, from the same environment: migrations run before the
 * runtime reads the key, and Kysely hands a migration nothing but the database. Asked for only when
 * there is something to seal, and it never creates a key, since a database that holds reasons
 * already has one and a new key could open none of them.
 */
export const installationKek: KekSource = () => {
  const config = loadConfig(process.env);
  if (!config.kekBase64 && !existsSync(config.keyFile))
    throw new Error(
      `Sealing deadline waiver reasons needs the key-encryption key: HAVEN_KEK or ${config.keyFile}`,
    );
  return loadKek({ envKey: config.kekBase64, keyFile: config.keyFile }).key;
};

/**
 * Each child's data key, looked up once. Null when the child's file has been destroyed: what was
 * kept in clear for it should have gone with the file, and cannot be sealed without the key.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function childKeys(db: Kysely<any>, box: SecretBox) {
  const known = new Map<string, Buffer | null>();
  return async (pupilId: string, schoolId: string, create: boolean): Promise<Buffer | null> => {
    if (known.has(pupilId)) return known.get(pupilId) ?? null;
    const stored = await db
      .selectFrom('child_keys')
      .select(['wrapped_key', 'destroyed_at'])
      .where('pupil_id', '=', pupilId)
      .executeTakeFirst();
    let key: Buffer | null = null;
    if (stored?.wrapped_key && !stored.destroyed_at)
      key = Buffer.from(box.open(stored.wrapped_key as string, keyContext(pupilId)), 'base64');
    else if (!stored && create) {
      // A child with a deadline but nothing sealed yet (attendance alone) has no key so far.
      key = randomBytes(32);
      await db
        .insertInto('child_keys')
        .values({
          pupil_id: pupilId,
          school_id: schoolId,
          wrapped_key: box.seal(key.toString('base64'), keyContext(pupilId)),
          created_at: new Date().toISOString(),
          destroyed_at: null,
        })
        .execute();
    }
    known.set(pupilId, key);
    return key;
  };
}

/** The migration with its key from `kek`: the tests pass the test Haven's own. */
export function sealingWith(kek: KekSource): Migration {
  return {
    async up(db) {
      await db.schema.alterTable('deadlines').addColumn('waived_reason_sealed', 'text').execute();
      const rows = await db
        .selectFrom('deadlines')
        .select(['id', 'school_id', 'pupil_id', 'waived_reason'])
        .where('waived_reason', 'is not', null)
        .where('pupil_id', 'is not', null)
        .execute();
      if (!rows.length) return;
      const keyOf = childKeys(db, aesGcmBox(kek()));
      for (const row of rows) {
        const key = await keyOf(row.pupil_id, row.school_id, true);
        await db
          .updateTable('deadlines')
          .set({
            waived_reason: null,
            waived_reason_sealed: key ? encrypt(key, row.pupil_id, row.waived_reason) : null,
          })
          .where('id', '=', row.id)
          .execute();
      }
    },

    async down(db) {
      const rows = await db
        .selectFrom('deadlines')
        .select(['id', 'school_id', 'pupil_id', 'waived_reason_sealed'])
        .where('waived_reason_sealed', 'is not', null)
        .where('pupil_id', 'is not', null)
        .execute();
      if (rows.length) {
        const keyOf = childKeys(db, aesGcmBox(kek()));
        for (const row of rows) {
          const key = await keyOf(row.pupil_id, row.school_id, false);
          await db
            .updateTable('deadlines')
            .set({
              waived_reason: key ? decrypt(key, row.pupil_id, row.waived_reason_sealed) : null,
            })
            .where('id', '=', row.id)
            .execute();
        }
      }
      await db.schema.alterTable('deadlines').dropColumn('waived_reason_sealed').execute();
    },
  };
}

const installed = sealingWith(installationKek);
export const up = installed.up;
export const down = installed.down;
