/**
 * Hands a file held in memory to the browser's downloads, under the given name. The object URL
 * lives only for the click: nothing is shown on screen and nothing is kept in browser storage.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has its own hold on the file once started; the next task is soon enough.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
