import { base64Bytes } from '../../lib/base64';

/** What the server accepts (it checks the content, whatever the file is called). */
export const ATTACHMENT_ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,application/pdf';
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const TOO_BIG = 'The file must be 10 MB or smaller';

const TYPE_LABELS: Record<string, string> = {
  'image/jpeg': 'Photo (JPEG)',
  'image/png': 'Image (PNG)',
  'image/webp': 'Image (WebP)',
  'image/heic': 'Photo (HEIC)',
  'application/pdf': 'PDF document',
};

export function attachmentTypeLabel(mime: string): string {
  return TYPE_LABELS[mime] ?? mime;
}

/** "1 KB", "230 KB", "2.4 MB": rounded up, so a tiny file never shows as 0 KB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${String(Math.max(1, Math.ceil(bytes / 1024)))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file's bytes as base64, in memory only: it is sent and then let go. */
export async function readAsBase64(file: File): Promise<string> {
  return base64Bytes(new Uint8Array(await file.arrayBuffer()));
}

/** The server keeps names of up to 200 characters: shorten a longer one, keeping its ending. */
export function sendableName(name: string): string {
  const trimmed = name.trim() || 'file';
  if (trimmed.length <= 200) return trimmed;
  const dot = trimmed.lastIndexOf('.');
  const ending = dot > 0 && trimmed.length - dot <= 10 ? trimmed.slice(dot) : '';
  return trimmed.slice(0, 200 - ending.length) + ending;
}
