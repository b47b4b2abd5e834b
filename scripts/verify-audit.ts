// `npm run audit:verify [-- "#1234 3fa9c2d1e0b4a5f6"]`: walks the audit trail and reports the first
// broken link, if any; given the newest entry written down after an earlier check, also whether
// the trail still holds it (entries removed or rewritten since: lib/audit/chain-anchor.ts).
// Checks the database Duban uses: DATABASE_URL, or the embedded one (running or not), as
// db:backup does.
import fs from "node:fs";
import path from "node:path";
import { formatChainAnchor, parseChainAnchor } from "@/lib/audit/chain-anchor";
import { loadEnvFiles } from "@/lib/database/load-env";
import { EMBEDDED_DATA_DIR, resolveDatabase } from "@/lib/database/resolve-database";

loadEnvFiles();
const root = process.cwd();
// Read before any database is started: a mistyped entry leaves nothing running.
const anchor = parseChainAnchor(process.argv.slice(2).join(" "));
if (anchor === "invalid") {
  console.error('Cannot read the entry given: write it as "#1234 3fa9c2d1e0b4a5f6" (its number and the 16 characters of its hash shown).');
  process.exit(2);
}
// Never create an embedded database just to find it empty.
if (!process.env.DATABASE_URL && !fs.existsSync(path.join(root, EMBEDDED_DATA_DIR))) {
  console.error("No database to check: set DATABASE_URL, or start Duban once with `npm run dev` (its embedded PostgreSQL lives in .data/postgres).");
  process.exit(2);
}
const database = await resolveDatabase(root, (m) => console.error(`[audit] ${m}`));
process.env.DATABASE_URL = database.url;
const { disconnectDatabase } = await import("@/lib/db");
const { verifyAuditChain } = await import("@/lib/audit/verify-audit-chain");
const WHY = {
  hash: "its content does not match its hash",
  link: "it does not link to the event before it",
  anchor: "the chain holds, but that event's hash is not the one written down: check the copy; if it is right, it or events before it were rewritten",
  anchorMissing: "the chain holds, but there is no such event: check the number copied; if it is right, events were removed",
} as const;
try {
  const verdict = await verifyAuditChain(undefined, anchor);
  if (verdict.ok) {
    console.log(`audit chain intact: ${verdict.checked} events verified${verdict.anchor ? `, agreeing with event #${verdict.anchor} as written down` : ""}`);
    if (verdict.head) console.log(`newest event: ${formatChainAnchor(verdict.head)} (write it down; give it next time to find events removed or rewritten since)`);
  } else {
    console.error(`audit chain BROKEN at event #${verdict.brokenAt} (${WHY[verdict.reason]}); ${verdict.checked} events before it verified`);
    process.exitCode = 1;
  }
} finally {
  await disconnectDatabase();
  await database.embedded?.stop();
}
