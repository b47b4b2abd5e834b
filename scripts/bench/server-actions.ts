// Calling a Next.js server action over HTTP the way the browser does: a POST to the page with
// a `Next-Action: <id>` header and the arguments encoded as React's encodeReply encodes
// `(previousState, formData)`: the form's fields as "_1_<name>", then part "0" with the JSON
// root `[state, "$K1"]`. Ids come from the build's server-reference manifest.
import fs from "node:fs";
import path from "node:path";

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

export function findActionId(appDir: string, filename: string, exportedName: string): string {
  const file = path.join(appDir, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  // Paths are relative to Turbopack's root, which for the bench snapshot is the repository.
  const found = Object.entries(manifest.node).find(([, e]) => (e.filename === filename || e.filename?.endsWith(`/${filename}`)) && e.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} of ${filename} not in ${file}`);
  return found[0];
}

export interface EncodedAction {
  body: Buffer;
  contentType: string;
}

/** A file field, as an `<input type="file">` sends it. */
export interface UploadedFile {
  filename: string;
  type: string;
  bytes: Buffer;
}

export async function encodeActionArgs(fields: Record<string, string | UploadedFile>): Promise<EncodedAction> {
  const form = new FormData();
  // The fields go first: the server resolves "$K1" from the entries it has seen when "0" arrives.
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(`_1_${name}`, value);
    else form.append(`_1_${name}`, new Blob([new Uint8Array(value.bytes)], { type: value.type }), value.filename);
  }
  form.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const response = new Response(form);
  return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? "" };
}

export function actionHeaders(base: string, actionId: string, cookie: string, encoded: EncodedAction): Record<string, string> {
  return {
    accept: "text/x-component",
    "next-action": actionId,
    "content-type": encoded.contentType,
    origin: base,
    cookie,
  };
}

/** The form state the action returned, read from the RSC payload ("success" / "error"). */
export function actionStatus(payload: string): "success" | "error" | "unknown" {
  if (payload.includes('"status":"success"')) return "success";
  if (payload.includes('"status":"error"')) return "error";
  return "unknown";
}
