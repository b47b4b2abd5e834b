import { defineConfig } from "prisma/config";

// The URL is only needed by commands that touch the database (migrate); `prisma generate`
// runs at install time, before any database exists.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
