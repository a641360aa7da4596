import { base64ToBytes } from './upload-chunks.ts';

export interface ExportedFile {
  name: string;
  mimeType: string;
  base64: string;
}

/**
 * Offers each exported file as a download: a Blob behind an object URL and an <a download>,
 * the one path that behaves the same in Electron (its save dialog) and in browser mode.
 */
export function downloadFiles(files: readonly ExportedFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(
      new Blob([base64ToBytes(file.base64)], { type: file.mimeType }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: the browser may start reading the blob after click() returns.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
