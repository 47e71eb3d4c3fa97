/** Saves bytes as a file through an object URL and a temporary <a download>. */
export function downloadFile(bytes: Uint8Array, fileName: string, type = 'application/gzip'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
