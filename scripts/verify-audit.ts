// `npm run audit:verify`: walks the audit trail and reports the first broken link, if any.
import { loadEnvFiles } from "@/lib/database/load-env";

loadEnvFiles();
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. Start Duban once with `npm run dev`, or point DATABASE_URL at the database to check.");
  process.exit(2);
}
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
}
