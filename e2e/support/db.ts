// e2e specs create their own users through the factories the seed uses, straight in the test
// database, so specs run in parallel without sharing accounts (and login throttling).
import { db } from "@/lib/db";
import { seedDepartment, seedUser, type SeedUserInput } from "@/lib/seed/factories";

export { db };

export function createUser(input: SeedUserInput) {
  return seedUser(db, input);
}

export function createDepartment(data?: Parameters<typeof seedDepartment>[1]) {
  return seedDepartment(db, data);
}

export { seedReportWithCommitments } from "@/lib/seed/factories";
