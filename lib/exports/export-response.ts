import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { translator } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import { can } from "@/lib/permissions/permissions";

// What every export route does before and around its use case: who is asking, may they export,
// and a short Chinese message instead of a stack trace when anything goes wrong.

const zh = translator("zh");

export function errorResponse(status: number, key: MessageKey): Response {
  return Response.json({ error: zh(key) }, { status, headers: { "Cache-Control": "private, no-store" } });
}

export async function exportRoute(run: (actor: Actor) => Promise<Response>): Promise<Response> {
  try {
    const actor = await getCurrentActor();
    if (!actor) return errorResponse(401, "export.error.unauthenticated");
    if (!can(actor, "export.download")) return errorResponse(403, "export.error.forbidden");
    return await run(actor);
  } catch (error) {
    console.error("[export] failed", error);
    return errorResponse(500, "export.error.unexpected");
  }
}
