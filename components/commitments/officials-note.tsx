import type { OfficialChoices } from "./use-department-officials";

/**
 * What the responsible-official choice is waiting for (a lead, an answer), or why it is empty,
 * with 重试; `readyNote`, once the officials are there, says whose they are when no lead was picked.
 */
export function OfficialsNote({
  id,
  choices,
  retry,
  labels,
  readyNote = "",
}: {
  id: string;
  choices: OfficialChoices;
  retry: () => void;
  labels: { loadingOfficials: string; officialsFailed: string; retry: string; pickLeadFirst: string };
  readyNote?: string;
}) {
  const note = choices.status === "loading" ? labels.loadingOfficials : choices.status === "failed" ? labels.officialsFailed : choices.lead === "" ? labels.pickLeadFirst : readyNote;
  return (
    <p id={id} aria-live="polite" className={`text-sm ${choices.status === "failed" ? "text-red-700" : "text-slate-600"}`}>
      {note}
      {choices.status === "failed" && (
        <button type="button" onClick={retry} className="ml-2 text-brand-700 underline">
          {labels.retry}
        </button>
      )}
    </p>
  );
}
