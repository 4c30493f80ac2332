/** Offers text to the user as a file download. */
export function download(filename: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a file the user chose as text, refusing anything over `maxBytes`. */
export async function readTextFile(file: File, maxBytes: number): Promise<string | null> {
  if (file.size > maxBytes) return null;
  return file.text();
}
