// Run by crash-recovery.test.ts as a separate process, which the test kills mid-import.
import { executeAction } from "@/lib/actions/execute-action";
import { loadActor } from "@/lib/auth/load-actor";
import { acceptImport } from "@/lib/imports/accept-import";
import { getImportDraft } from "@/lib/imports/get-import-draft";

// Accepts every candidate of the draft, as the review page would send them.
const [draftId, actorId] = process.argv.slice(2);
const actor = await loadActor(Number(actorId));
const draft = await getImportDraft(Number(draftId));
const result = await executeAction(acceptImport, actor, { draftId, candidates: JSON.stringify(draft?.candidates ?? []) });
console.log(JSON.stringify(result));
process.exit(0);
