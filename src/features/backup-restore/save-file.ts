/** Hands `text` to the browser as a download named `fileName` (the browser's own Save behaviour). */
export function saveTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is only released later so it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
