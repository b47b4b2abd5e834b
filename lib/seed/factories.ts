import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

// Factories shared by the seed and the tests. Names are unique per call unless given, so tests
// running in parallel against one database never collide.

type Client = PrismaClient | Tx;

const unique = () => randomUUID().slice(0, 8);

export async function seedDepartment(client: Client, data: { name?: string; code?: string; active?: boolean } = {}) {
  const suffix = unique();
  return client.department.create({
    data: {
      name: data.name ?? `测试部门-${suffix}`,
      code: data.code ?? `T-${suffix.toUpperCase()}`,
      active: data.active ?? true,
    },
  });
}

export interface SeedUserInput {
  role: Role;
  loginName?: string;
  displayName?: string;
  password?: string;
  departmentId?: number | null;
  disabled?: boolean;
  /** An account whose password an admin chose, not yet changed by its owner (default: false). */
  mustChangePassword?: boolean;
}

export async function seedUser(client: Client, input: SeedUserInput) {
  const loginName = input.loginName ?? `${input.role.toLowerCase()}-${unique()}`;
  const password = input.password ?? `pw-${randomUUID()}`;
  const user = await client.user.create({
    data: {
      loginName,
      displayName: input.displayName ?? `测试用户 ${loginName}`,
      role: input.role,
      departmentId: input.departmentId ?? null,
      disabled: input.disabled ?? false,
      mustChangePassword: input.mustChangePassword ?? false,
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}

/** Creates the user unless the login name exists; never changes an existing account. */
export async function ensureUser(client: Client, input: SeedUserInput & { loginName: string; password: string }) {
  const existing = await client.user.findUnique({ where: { loginName: input.loginName } });
  if (existing) return { user: existing, created: false };
  return { user: await seedUser(client, input), created: true };
}

// Re-exported so every factory comes from this module; commitments are built only there.
export { seedCommitment, seedReportWithCommitments, type SeedCommitmentInput, type SeedReportInput } from "./commitment-factories";
