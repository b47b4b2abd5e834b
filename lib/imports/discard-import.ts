import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { draftGone } from "./draft-gone";
import { ZDiscardImport } from "./types";

export const discardImport = defineAction({
  permission: "report.import",
  schema: ZDiscardImport,
  async run({ input, tx }) {
    const draft = await tx.importDraft.findUnique({ where: { id: input.draftId }, select: { id: true, title: true, year: true } });
    if (!draft) return draftGone(tx, input.draftId);
    await tx.importDraft.delete({ where: { id: draft.id } });
    return { result: draft, audit: [{ action: "import.discard", entity: "ImportDraft", entityId: draft.id, before: draft }] };
  },
  revalidate: () => ["/reports/import"],
});
