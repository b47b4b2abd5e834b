import { getCurrentActor } from "@/lib/auth/current-actor";
import { buildBulkSheet } from "@/lib/bulk-updates/build-sheet";
import { downloadHeaders } from "@/lib/exports/content-disposition";
import { can } from "@/lib/permissions/permissions";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";

/** The signed-in official's pre-filled progress sheet (进展填报表). */
export async function GET() {
  const actor = await getCurrentActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(actor, "update.submit")) return new Response("您没有报送进展的权限。", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await buildBulkSheet(actor);
  return new Response(new Uint8Array(bytes), {
    headers: downloadHeaders("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `进展填报表-${todayIsoDay()}.xlsx`, "progress-sheet.xlsx"),
  });
}
