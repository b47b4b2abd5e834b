import "server-only";
import { db, type Tx } from "@/lib/db";

export interface ReportWork {
  updates: number;
  requests: number;
  reminders: number;
  /** Commitments verified, closed as not delivered or withdrawn: a decision was made on them. */
  decided: number;
}

/** What has been done on a report's commitments: any of it, and the report is no longer deletable. */
export async function countReportWork(reportId: number, client: Pick<Tx, "progressUpdate" | "changeRequest" | "reminder" | "commitment"> = db): Promise<ReportWork> {
  const ofReport = { commitment: { reportId } };
  const [updates, requests, reminders, decided] = await Promise.all([
    client.progressUpdate.count({ where: ofReport }),
    client.changeRequest.count({ where: ofReport }),
    client.reminder.count({ where: ofReport }),
    client.commitment.count({ where: { reportId, status: { not: "ACTIVE" } } }),
  ]);
  return { updates, requests, reminders, decided };
}

export function hasWork(work: ReportWork): boolean {
  return work.updates + work.requests + work.reminders + work.decided > 0;
}
