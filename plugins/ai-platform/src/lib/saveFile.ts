/**
 * Hands text the backend produced to the browser as a file to keep (CSV,
 * JSON, YAML), under the given name.
 */
export function saveFile(body: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
