import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeRoute, routeRefusalMessage } from "@/lib/auth/authorize-route";
import { requestReader, type Reader } from "@/lib/i18n/request-locale";
import { refusalResponse } from "@/lib/http/refusal-response";
import { downloadHeaders } from "./content-disposition";
import type { DownloadNames } from "./ledger-file-name";
import type { MessageKey } from "@/lib/i18n/zh";
import type { MessageParams } from "@/lib/i18n/translate";
import type { PermissionAction } from "@/lib/permissions/permissions";

// What every export route does before and around its use case: who is asking, may they export,
// and a short message in the reader's language instead of a stack trace when anything goes wrong.

export function errorResponse(request: Request, reader: Reader, status: number, key: MessageKey, params?: MessageParams): Response {
  return refusalResponse(request, reader, status, key, "json", params);
}

/**
 * `permission`: what the download needs besides exporting at all (the audit log: audit.log), and
 * `forbidden` what a role without it is told (a viewer may export commitments, not the audit log).
 */
export async function exportRoute(
  request: Request,
  run: (actor: Actor, reader: Reader) => Promise<Response>,
  permission: PermissionAction = "export.download",
  forbidden: MessageKey = "export.error.forbidden",
): Promise<Response> {
  const reader = requestReader(request);
  try {
    const actor = await authorizeRoute(request, ["export.download", permission], (status, why) =>
      errorResponse(request, reader, status, routeRefusalMessage(why, { unauthenticated: "export.error.unauthenticated", forbidden })),
    );
    if (actor instanceof Response) return actor;
    return await run(actor, reader);
  } catch (error) {
    console.error("[export] failed", error);
    return errorResponse(request, reader, 500, "export.error.unexpected");
  }
}

/** A download's headers, its file named in the reader's language (the ASCII name is the fallback). */
export function readerDownloadHeaders(reader: Reader, contentType: string, names: DownloadNames): Record<string, string> {
  return downloadHeaders(contentType, names[reader.locale], names.ascii);
}
