// Run by user-edit.test.ts in a database of its own, where the two admins it creates are the
// only ones: each takes the other away (demotes, then disables) at the same moment, as two
// admins in two browsers could. Prints what each attempt answered and who is still admin.
import { executeAction } from "@/lib/actions/execute-action";
import { loadActor } from "@/lib/auth/load-actor";
import { db, disconnectDatabase } from "@/lib/db";
import { seedUser } from "@/lib/seed/factories";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { updateUser } from "@/lib/users/update-user";

async function twoAdmins() {
  const [a, b] = [await seedUser(db, { role: "ADMIN" }), await seedUser(db, { role: "ADMIN" })];
  // Both load as admins before either acts, as two requests already in flight would.
  return [(await loadActor(a.id))!, (await loadActor(b.id))!] as const;
}

const activeAdmins = () => db.user.count({ where: { role: "ADMIN", disabled: false } });

const [a, b] = await twoAdmins();
const demote = (actor: typeof a, target: typeof a) =>
  executeAction(updateUser, actor, { userId: target.id, displayName: target.displayName, role: "VIEWER", departmentId: "" });
const demotions = await Promise.all([demote(a, b), demote(b, a)]);
const afterDemotions = await activeAdmins();

// One admin is left; a second one joins, and again each disables the other at once.
const survivor = demotions[0].ok ? a : b;
const newcomer = (await loadActor((await seedUser(db, { role: "ADMIN" })).id))!;
const disable = (actor: typeof a, target: typeof a) => executeAction(setUserDisabled, actor, { userId: target.id, disabled: "true" });
const disablings = await Promise.all([disable(survivor, newcomer), disable(newcomer, survivor)]);
const afterDisablings = await activeAdmins();

console.log(JSON.stringify({ demotions, afterDemotions, disablings, afterDisablings }));
await disconnectDatabase();
process.exit(0);
