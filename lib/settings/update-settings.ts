import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { getSettings } from "./get-settings";
import { ZUpdateSettings } from "./settings";

export const updateSettings = defineAction({
  name: "settings.update",
  subject: { entity: "Setting" },
  permission: "settings.manage",
  schema: ZUpdateSettings,
  async run({ input, tx }) {
    const before = await getSettings(tx);
    // Saved as they were: nothing to write, and nothing for the log to say.
    if (before.publicPageEnabled === input.publicPageEnabled && before.staleAfterDays === input.staleAfterDays) return { result: { ...input, changed: false }, audit: [] };
    for (const [key, value] of Object.entries(input)) {
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    return { result: { ...input, changed: true }, audit: [{ action: "settings.update", entity: "Setting", entityId: "instance", before, after: input }] };
  },
  revalidate: () => ["/admin/settings", "/public"],
});
