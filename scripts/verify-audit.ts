// `npm run audit:verify`: walks the audit trail and reports the first broken link, if any.
// Checks the database Duban uses: DATABASE_URL, or the embedded one (running or not), as
// db:backup does.
import fs from "node:fs";
import path from "node:path";
import { loadEnvFiles } from "@/lib/database/load-env";
import { EMBEDDED_DATA_DIR, resolveDatabase } from "@/lib/database/resolve-database";

loadEnvFiles();
const root = process.cwd();
// Never create an embedded database just to find it empty.
if (!process.env.DATABASE_URL && !fs.existsSync(path.join(root, EMBEDDED_DATA_DIR))) {
  console.error("No database to check: set DATABASE_URL, or start Duban once with `npm run dev` (its embedded PostgreSQL lives in .data/postgres).");
  process.exit(2);
}
const database = await resolveDatabase(root, (m) => console.error(`[audit] ${m}`));
process.env.DATABASE_URL = database.url;
const { disconnectDatabase } = await import("@/lib/db");
const { verifyAuditChain } = await import("@/lib/audit/verify-audit-chain");
try {
  const verdict = await verifyAuditChain();
  if (verdict.ok) {
    console.log(`audit chain intact: ${verdict.checked} events verified`);
  } else {
    console.error(`audit chain BROKEN at event #${verdict.brokenAt} (${verdict.reason === "hash" ? "its content does not match its hash" : "it does not link to the event before it"}); ${verdict.checked} events before it verified`);
    process.exitCode = 1;
  }
} finally {
  await disconnectDatabase();
  await database.embedded?.stop();
}
