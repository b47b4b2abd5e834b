// Run by last-reviewer.test.ts in a database of its own, where the reviewers it creates are the
// only ones: two admins each take one of the last two away (made admins, then disabled) at the
// same moment, as two admins in two browsers could; then the one left is asked for alone. Prints
// what each attempt answered and how many reviewers are still active.
import { executeAction } from "@/lib/actions/execute-action";
import { loadActor } from "@/lib/auth/load-actor";
import { db, disconnectDatabase } from "@/lib/db";
import { seedUser } from "@/lib/seed/factories";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { updateUser } from "@/lib/users/update-user";

const actor = async (role: "ADMIN" | "REVIEWER") => (await loadActor((await seedUser(db, { role })).id))!;
const activeReviewers = () => db.user.count({ where: { role: "REVIEWER", disabled: false } });

const [a, b] = [await actor("ADMIN"), await actor("ADMIN")];
const [r1, r2] = [await actor("REVIEWER"), await actor("REVIEWER")];
const promote = (admin: typeof a, reviewer: typeof a) =>
  executeAction(updateUser, admin, { userId: reviewer.id, displayName: reviewer.displayName, role: "ADMIN", departmentId: "" });
const promotions = await Promise.all([promote(a, r1), promote(b, r2)]);
const afterPromotions = await activeReviewers();

// One reviewer is left; a second one joins, and again both are taken away at once.
const survivor = promotions[0].ok ? r2 : r1;
const newcomer = await actor("REVIEWER");
const disable = (admin: typeof a, reviewer: typeof a) => executeAction(setUserDisabled, admin, { userId: reviewer.id, disabled: "true" });
const disablings = await Promise.all([disable(a, survivor), disable(b, newcomer)]);
const afterDisablings = await activeReviewers();

// The last one, alone: not to any other role either.
const last = disablings[0].ok ? newcomer : survivor;
const alone = [
  await executeAction(updateUser, a, { userId: last.id, displayName: last.displayName, role: "VIEWER", departmentId: "" }),
  await disable(a, last),
  // Their name is still theirs to change.
  await executeAction(updateUser, a, { userId: last.id, displayName: "改名的审核员", role: "REVIEWER", departmentId: "" }),
];

console.log(JSON.stringify({ promotions, afterPromotions, disablings, afterDisablings, alone, afterAlone: await activeReviewers() }));
await disconnectDatabase();
process.exit(0);
