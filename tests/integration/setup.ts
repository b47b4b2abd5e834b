// Integration tests run against the real PostgreSQL database prepared by scripts/test-all.ts
// (migrated, seeded with DEMO=1). They never truncate: each test creates its own data.
if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need DATABASE_URL: run them with `npm test` (see README)");
}
