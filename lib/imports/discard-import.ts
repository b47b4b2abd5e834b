import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { draftGone } from "./draft-gone";
import { ZDiscardImport } from "./types";

export const discardImport = defineAction({
  name: "import.discard",
  subject: { entity: "ImportDraft", id: "draftId" },
  permission: "report.import",
  schema: ZDiscardImport,
  async run({ input, tx }) {
    // Locked as accepting locks it: an accept in flight is waited for, then its draft is gone.
    const [draft] = await tx.$queryRaw<{ id: number; title: string; year: number }[]>`SELECT id, title, year FROM "ImportDraft" WHERE id = ${input.draftId} FOR UPDATE`;
    if (!draft) return draftGone(tx, input.draftId);
    await tx.importDraft.delete({ where: { id: draft.id } });
    return { result: draft, audit: [{ action: "import.discard", entity: "ImportDraft", entityId: draft.id, before: draft }] };
  },
  revalidate: () => ["/reports/import"],
});
