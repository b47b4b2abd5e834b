import { formatTarget } from "@/lib/commitments/format-target";
import type { Locale } from "@/lib/i18n/translate";
import type { ChangeRequestView } from "./types";

/** Templates with {current} and {proposed} (… Change), or {proposed} alone (… Proposed): changeRequestListLabels'. */
export interface ProposalTemplates {
  deadlineChange: string;
  targetChange: string;
  deadlineProposed: string;
  targetProposed: string;
}

/**
 * What a request asks for, beside what stands now: "现目标：增长 7% → 申请调整为：增长 6%",
 * "现完成时限：2023-06-30 → 申请延期至：2023-09-30". The proposed figures are read with the
 * commitment's comparator and unit, so a planned fall proposed as −2.5 reads "下降 2.5%".
 * Only a pending request is set beside what stands now: once decided, "now" may be the proposal
 * itself (an approval writes it onto the commitment) or a later change, so it says what was asked.
 */
export function describeProposal(r: ChangeRequestView, templates: ProposalTemplates, locale: Locale): string {
  const pending = r.state === "PENDING";
  if (r.kind === "EXTEND_DEADLINE") {
    return fill(pending ? templates.deadlineChange : templates.deadlineProposed, r.commitment.deadline, r.proposedDeadline ?? "—");
  }
  const { comparator, unit } = r.commitment;
  const proposed = formatTarget({ comparator, unit, targetValue: r.proposedValue, targetMin: r.proposedMin, targetMax: r.proposedMax }, locale);
  return fill(pending ? templates.targetChange : templates.targetProposed, formatTarget(r.commitment, locale) || "—", proposed || "—");
}

// A function replacer: a "$&" in a unit must stay text.
const fill = (template: string, current: string, proposed: string) =>
  template.replace(/\{(current|proposed)\}/g, (_, name: string) => (name === "current" ? current : proposed));
