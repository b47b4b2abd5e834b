import "server-only";
import { db } from "@/lib/db";
import { pickReport } from "@/lib/dashboard/pick-report";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** Choices for the list's filter form: reports, the chosen report's sections, departments (inactive ones too, flagged). */
async function loadListFilterOptions(reportId: number | undefined) {
  const [reports, sections, departments] = await Promise.all([
    pickReport(undefined).then((picked) => picked.reports),
    reportId
      ? db.section.findMany({ where: { reportId }, orderBy: { order: "asc" }, select: { id: true, code: true, title: true } })
      : Promise.resolve([]),
    db.department.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, active: true } }),
  ]);
  return { reports, sections, departments };
}

export const listFilterOptions = snapshotCached(loadListFilterOptions);
