import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ExpectedError, notFound } from "@/lib/actions/errors";
import type { MessageKey } from "@/lib/i18n/zh";
import { todayIsoDay } from "@/lib/time/today";
import { lockCommitments } from "@/lib/updates/find-scoped-commitment";
import { unmetCheckSelect, unmetRefusal, writeUnmet } from "./close-unmet-commitment";
import { ZBulkCloseUnmet } from "./types";

const REFUSAL_KEY: Record<NonNullable<ReturnType<typeof unmetRefusal>>, MessageKey> = {
  already: "workflow.unmet.bulk.already",
  verified: "workflow.unmet.bulk.verified",
  withdrawn: "workflow.unmet.bulk.withdrawn",
  notOverdue: "workflow.unmet.bulk.notOverdue",
  waiting: "workflow.unmet.bulk.waiting",
};

/**
 * 批量按未完成办结: the year's misses closed together, with one reason, after the year's end — when
 * closing them one by one meant a hundred rounds of page, reason and question. All or none: each is
 * judged under its lock by the rule of one closing (unmetRefusal), and if any cannot be closed,
 * none is, and every one that cannot is named with why, for the reviewer to untick. Each closing
 * is its own audit event and closing record, as if closed alone (marked bulk), and each can be
 * reopened alone.
 */
export const bulkCloseUnmet = defineAction({
  name: "commitment.bulkCloseUnmet",
  subject: { entity: "Commitment" },
  permission: "commitment.closeUnmet",
  schema: ZBulkCloseUnmet,
  async run({ actor, input, tx }) {
    const ids = [...new Set(input.commitmentIds)].sort((a, b) => a - b);
    await lockCommitments(tx, ids);
    const rows = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, indicator: true, ...unmetCheckSelect }, orderBy: { id: "asc" } });
    if (rows.length !== ids.length) throw notFound();
    const today = todayIsoDay();
    const refused = rows.flatMap((c) => {
      const refusal = unmetRefusal(c, today);
      return refusal ? [{ field: "commitmentIds", messageKey: REFUSAL_KEY[refusal], params: { indicator: c.indicator } }] : [];
    });
    if (refused.length > 0) throw new ExpectedError("invalid", "workflow.unmet.bulk.refused", { count: refused.length }, undefined, refused);
    const audit = await writeUnmet(tx, actor, rows, input.note, new Date(), true);
    return { result: { count: rows.length }, audit };
  },
  revalidate: () => ["/commitments", "/review", "/my-work", "/"],
});
