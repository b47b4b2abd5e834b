"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { readImportFile } from "@/lib/imports/import-form-files";
import { startImport } from "@/lib/imports/start-import";

const start = formAction(startImport, {
  readFiles: readImportFile,
  // A file's text (up to two million characters) is not sent back into the paste box: the form
  // keeps the file chosen.
  echo: ({ text, textFrom, ...typed }) => (textFrom === "file" ? typed : { text, ...typed }),
  redirectTo: (result) => `/reports/import/${result.draftId}`,
});

export async function startImportAction(state: FormState, formData: FormData) {
  return start(state, formData);
}
