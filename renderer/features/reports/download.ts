/** Saves text as a file through a temporary link (the browser's download, or Electron's save). */
export function downloadText(text: string, fileName: string, type = 'text/html'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked on the next tick: the click has started the download by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
