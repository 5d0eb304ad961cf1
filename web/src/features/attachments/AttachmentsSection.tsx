import { useState } from 'react';
import { api } from '../../api/client';
import type { ConcernAttachment, ConcernDetail } from '../../api/types';
import { Details } from '../../components/Details';
import { formatDateTimeShort } from '../../lib/dates';
import { saveBlob } from '../../lib/download';
import { concernPath } from '../concerns/queries';
import { AttachmentUpload } from './AttachmentUpload';
import { attachmentTypeLabel, formatFileSize } from './attachmentFiles';

interface Props {
  concern: ConcernDetail;
  onResult: (text: string, error?: boolean) => void;
}

/**
 * Photos and documents on a concern, for the DSL team. They are downloaded, never shown on the
 * page, so a child's photo cannot appear on a screen by accident. Each download is audited.
 */
export function AttachmentsSection({ concern, onResult }: Props) {
  const [busyId, setBusyId] = useState<string | undefined>();

  async function download(a: ConcernAttachment) {
    if (busyId) return;
    setBusyId(a.id);
    try {
      const path = `${concernPath(concern.id)}/attachments/${encodeURIComponent(a.id)}`;
      saveBlob(await api.download(path), a.filename);
    } catch (error) {
      onResult(error instanceof Error ? error.message : 'Something went wrong', true);
    } finally {
      setBusyId(undefined);
    }
  }

  const list = concern.attachments;
  return (
    <section aria-labelledby="attachments-heading">
      <h2 className="govuk-heading-m" id="attachments-heading">
        Attachments
      </h2>
      {list.length === 0 ? (
        <p className="govuk-body">No photos or documents.</p>
      ) : (
        <>
          <p className="govuk-body">
            Files are not shown on screen. Downloading one is recorded in the audit log.
          </p>
          <table className="govuk-table haven-responsive-table" data-testid="attachments">
            <caption className="govuk-table__caption govuk-visually-hidden">
              Photos and documents attached to this concern
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  File
                </th>
                <th scope="col" className="govuk-table__header">
                  Size
                </th>
                <th scope="col" className="govuk-table__header">
                  Added
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {list.map((a) => (
                <tr className="govuk-table__row" key={a.id}>
                  <th scope="row" className="govuk-table__header haven-attachment-name">
                    {a.filename}
                    <span className="haven-block haven-secondary-text govuk-!-font-weight-regular">
                      {attachmentTypeLabel(a.mime)}
                    </span>
                  </th>
                  <td className="govuk-table__cell" data-label="Size">
                    {formatFileSize(a.size)}
                  </td>
                  <td className="govuk-table__cell" data-label="Added">
                    {a.uploadedBy.fullName}
                    <span className="haven-block haven-secondary-text">
                      {formatDateTimeShort(a.uploadedAt)}
                    </span>
                  </td>
                  <td className="govuk-table__cell haven-attachment-action">
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary haven-button--compact"
                      onClick={() => void download(a)}
                      aria-busy={busyId === a.id ? true : undefined}
                    >
                      Download<span className="govuk-visually-hidden"> {a.filename}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <Details summary="Add a photo or document">
        <AttachmentUpload concernId={concern.id} id="attachment-file" />
      </Details>
    </section>
  );
}
