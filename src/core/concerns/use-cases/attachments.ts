import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import { AppError, invalid, notFound } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import { anchorChild } from './concern-view.ts';
import type { ConcernDeps } from './deps.ts';
import { addToEachFile } from './file-entries.ts';
import { concernAccess, seenWhenSteppingIn } from './concern-access.ts';

/** Photos and documents only; anything else, whatever its name says, is refused. */
export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const MAX_PER_CONCERN = 10;
/** The bytes arrive base64-encoded in this request field, so every problem with them names it. */
const CONTENT_FIELD = 'contentBase64';

/** The recorder or the DSL team attaches a photo or document, sealed with the child's key. */
export async function addAttachment(
  deps: ConcernDeps,
  actor: Actor,
  concernId: string,
  file: { filename: string; content: Buffer },
): Promise<{ id: string; mime: string; size: number }> {
  await requireAccess(deps, actor, 'concern.readOwn', {
    type: 'concern',
    schoolId: actor.schoolId,
  });
  if (file.content.length === 0) throw invalid(CONTENT_FIELD, 'The file is empty');
  if (file.content.length > MAX_ATTACHMENT_BYTES)
    throw invalid(CONTENT_FIELD, 'The file must be 10 MB or smaller');
  const mime = await deps.sniff(file.content);
  if (!mime || !ATTACHMENT_TYPES.includes(mime))
    throw invalid(CONTENT_FIELD, 'The file must be a photo (JPEG, PNG, WebP, HEIC) or a PDF');
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const concern = await r.concerns.get(actor.schoolId, concernId);
    const team = decide(actor, 'concern.triage', {
      type: 'concern',
      schoolId: actor.schoolId,
    }).allowed;
    if (!concern || (concern.recordedBy !== actor.userId && !team)) throw notFound('Concern');
    if ((await r.attachments.list(actor.schoolId, concernId)).length >= MAX_PER_CONCERN) {
      throw new AppError('CONFLICT', `A concern can have ${MAX_PER_CONCERN} attachments at most`);
    }
    const children = await r.concerns.children(actor.schoolId, [concernId]);
    const anchor = anchorChild(children);
    const vault = deps.vault(r);
    const id = newId();
    await r.attachments.add({
      id,
      schoolId: actor.schoolId,
      concernId,
      pupilId: anchor,
      uploadedBy: actor.userId,
      uploadedAt: now.toISOString(),
      mime,
      size: file.content.length,
      sealedName: await vault.seal(actor.schoolId, anchor, file.filename.slice(0, 200)),
      sealedContent: await vault.seal(actor.schoolId, anchor, file.content.toString('base64')),
    });
    await addToEachFile(r, vault, actor.schoolId, concernId, children, {
      kind: 'document',
      authorId: actor.userId,
      at: now.toISOString(),
      significant: false,
      content: {
        summary: `${mime === 'application/pdf' ? 'Document' : 'Photo'} attached to ${concern.reference}`,
      },
    });
    await r.audit.append(
      {
        type: 'concern.attachment_added',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'concern', id: concernId },
        summary: `Attachment added to ${concern.reference}`,
        details: { mime, size: file.content.length },
      },
      now,
    );
    return { id, mime, size: file.content.length };
  });
}

/**
 * Opening an attachment is a read of the child protection record: the DSL team, or whoever an
 * alert about the concern reached (D05); audited.
 */
export async function readAttachment(
  deps: ConcernDeps,
  actor: Actor,
  concernId: string,
  id: string,
): Promise<{ mime: string; content: Buffer }> {
  const { via } = await concernAccess(deps, actor, concernId);
  return deps.store.transaction(async (r) => {
    const a = await r.attachments.content(actor.schoolId, concernId, id);
    const concern = await r.concerns.get(actor.schoolId, concernId);
    if (!a || !concern || !seenWhenSteppingIn(via, concern.recordedBy, a.uploadedBy))
      throw notFound('Attachment');
    const text = await deps.vault(r).open(a.pupilId, a.sealedContent);
    if (text === null) throw notFound('Attachment');
    await r.audit.append(
      {
        type: 'concern.attachment_read',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'concern', id: concernId },
        summary: 'Opened an attachment',
        details: { attachmentId: id, via },
      },
      deps.clock.now(),
    );
    return { mime: a.mime, content: Buffer.from(text, 'base64') };
  });
}
