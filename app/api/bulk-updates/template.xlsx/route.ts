import { getCurrentActor } from "@/lib/auth/current-actor";
import { buildBulkSheet } from "@/lib/bulk-updates/build-sheet";
import { can } from "@/lib/permissions/permissions";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";

/** The signed-in official's pre-filled progress sheet (进展填报表). */
export async function GET() {
  const actor = await getCurrentActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(actor, "update.submit")) return new Response("您没有报送进展的权限。", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await buildBulkSheet(actor);
  const name = encodeURIComponent(`进展填报表-${todayIsoDay()}.xlsx`);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="progress-sheet.xlsx"; filename*=UTF-8''${name}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
