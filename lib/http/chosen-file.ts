/**
 * The file a form's file input sent, or null when none was chosen: the browser still sends an
 * empty part then, whose name arrives as "" or "blob". A chosen file may be empty (0 bytes).
 */
export function chosenFile(formData: FormData, name: string): File | null {
  const file = formData.get(name);
  if (!(file instanceof File)) return null;
  return file.size === 0 && (file.name === "" || file.name === "blob") ? null : file;
}
