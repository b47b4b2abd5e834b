import { SentenceWithData } from "@/components/ui/sentence-with-data";

/**
 * Above an import's review, first: the report is another government's than the reports imported
 * (otherIssuers), so no lead was suggested from this instance's departments. Said before anything
 * else on the page, as accepting it with leads chosen by habit would put another government's
 * tasks on this one's departments' lists.
 */
export function OtherIssuerNote({ template, issuer, imported }: { template: string; issuer: string; imported: string }) {
  return (
    <div role="note" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900 ring-1 ring-red-300" data-testid="other-issuer">
      <SentenceWithData template={template} data={{ issuer, imported }} />
    </div>
  );
}
