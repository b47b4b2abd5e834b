import type { handoverZh } from "./handover.zh";

export const handoverEn: Record<keyof typeof handoverZh, string> = {
  "people.disabledName": "{name} (disabled)",
  "list.responsible": "Responsible official",
  "list.responsibleOnly": "Only the commitments {name} is responsible for.",
  "list.responsibleClear": "Stop filtering by responsible official",
  "list.selectPage": "Select all {count} on this page",
  "owners.clearResponsible": "Clear (none for now)",
  "owners.pickLeadOrSameLead": "Pick a lead department, or tick commitments that share one, to name a responsible official; clearing needs neither.",
  "owners.commonLead": "The ticked commitments share their lead department: its officials can be named.",
  "users.stillResponsibleLink": "See the {count} {count:commitment|commitments}",
  "users.disableResponsibleNote": "This user is responsible for {count} open {count:commitment|commitments}: name another responsible official for them, or clear it, first, or disabling is refused.",
};
