// `npm run db:seed`: departments, the admin account, demo users (DEMO=1) and the Luoyang report.
import { loadEnvFiles } from "@/lib/database/load-env";

loadEnvFiles();
const { db, disconnectDatabase } = await import("@/lib/db");
const { runSeed } = await import("@/lib/seed/run-seed");
try {
  await runSeed(db, {
    root: process.cwd(),
    demo: process.env.DEMO === "1",
    adminPassword: process.env.ADMIN_PASSWORD || undefined,
    log: (m) => console.log(`[seed] ${m}`),
  });
} finally {
  await disconnectDatabase();
}
