import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { ZSetUserDisabled } from "./types";

export const setUserDisabled = defineAction({
  permission: "user.manage",
  schema: ZSetUserDisabled,
  async run({ actor, input, tx }) {
    if (input.userId === actor.id && input.disabled) throw invalid("error.cannotDisableSelf");
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, disabled: true } });
    if (!before) throw notFound();
    const after = await tx.user.update({
      where: { id: input.userId },
      data: { disabled: input.disabled },
      select: { id: true, disabled: true },
    });
    return {
      result: after,
      audit: [{ action: input.disabled ? "user.disable" : "user.enable", entity: "User", entityId: after.id, before, after }],
    };
  },
  revalidate: () => ["/admin/users"],
});
