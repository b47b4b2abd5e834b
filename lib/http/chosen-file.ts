/**
 * What an empty file input's part is named once parsed: the browser sends `filename=""`, which
 * the server action's multipart reader (busboy) gives as no name, so React's `new File(chunks,
 * undefined)` names it "undefined"; other readers say "" or "blob".
 */
const NO_FILE_NAMES = new Set(["", "blob", "undefined"]);

/**
 * The file a form's file input sent, or null when none was chosen (the browser still sends an
 * empty part then). A chosen file may be empty (0 bytes).
 */
export function chosenFile(formData: FormData, name: string): File | null {
  const file = formData.get(name);
  if (!(file instanceof File)) return null;
  return isEmptyFileInput(file) ? null : file;
}

/** The part an empty file input sends: no bytes and no name (as chosenFile reads it). */
export function isEmptyFileInput(file: File): boolean {
  return file.size === 0 && NO_FILE_NAMES.has(file.name);
}
