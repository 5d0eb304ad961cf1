import type { AttachmentRepo, AttachmentRow } from '../../core/concerns/ports.ts';
import type { Database } from '../schema.ts';
import type { TxContext } from './tx.ts';

const toRow = (r: Database['attachments']): AttachmentRow => ({
  id: r.id,
  schoolId: r.school_id,
  concernId: r.concern_id,
  pupilId: r.pupil_id,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at,
  mime: r.mime,
  size: r.size,
  sealedName: r.sealed_name,
});

export const attachmentRepo = ({ db }: TxContext): AttachmentRepo => ({
  async add(a) {
    await db
      .insertInto('attachments')
      .values({
        id: a.id,
        school_id: a.schoolId,
        concern_id: a.concernId,
        pupil_id: a.pupilId,
        uploaded_by: a.uploadedBy,
        uploaded_at: a.uploadedAt,
        mime: a.mime,
        size: a.size,
        sealed_name: a.sealedName,
        sealed_content: a.sealedContent,
      })
      .execute();
  },
  async list(schoolId, concernId) {
    const rows = await db
      .selectFrom('attachments')
      .select([
        'id',
        'school_id',
        'concern_id',
        'pupil_id',
        'uploaded_by',
        'uploaded_at',
        'mime',
        'size',
        'sealed_name',
      ])
      .where('school_id', '=', schoolId)
      .where('concern_id', '=', concernId)
      .orderBy('uploaded_at')
      .execute();
    return rows.map((r) => toRow({ ...r, sealed_content: '' }));
  },
  async content(schoolId, concernId, id) {
    const r = await db
      .selectFrom('attachments')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('concern_id', '=', concernId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? { ...toRow(r), sealedContent: r.sealed_content } : null;
  },
});
