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

export interface SeedCommitmentInput {
  year?: number;
  kind?: "NUMERIC" | "MILESTONE";
  comparator?: "AT_LEAST" | "AT_MOST" | "EQUAL" | "GROWTH" | "APPROX" | "RANGE" | null;
  targetValue?: number | null;
  targetMin?: number | null;
  targetMax?: number | null;
  unit?: string | null;
  indicator?: string;
  deadline?: string;
  leadDepartmentId?: number | null;
  supportingDepartmentIds?: number[];
}

/**
 * A commitment in a tiny report and section of its own (unique sourceHash), so tests never touch
 * the seeded Luoyang report. Defaults: 新增高标准农田 11 万亩 by the end of `year`.
 */
export async function seedCommitment(client: Client, input: SeedCommitmentInput = {}) {
  const suffix = unique();
  const year = input.year ?? new Date().getUTCFullYear();
  const kind = input.kind ?? "NUMERIC";
  const report = await client.report.create({
    data: { title: `测试报告-${suffix}`, issuer: "测试市人民政府", year, sourceText: `测试报告 ${suffix}`, sourceHash: `test-${randomUUID()}` },
  });
  const section = await client.section.create({ data: { reportId: report.id, code: "一", part: "一", title: "测试", order: 1, start: 0, end: 10 } });
  const deadline = new Date(`${input.deadline ?? `${year}-12-31`}T00:00:00Z`);
  const targetValue = input.targetValue === undefined ? (kind === "MILESTONE" ? null : 11) : input.targetValue;
  const targetMin = input.targetMin ?? null;
  const targetMax = input.targetMax ?? null;
  return client.commitment.create({
    data: {
      reportId: report.id,
      sectionId: section.id,
      position: 1,
      kind,
      indicator: input.indicator ?? `新增高标准农田-${suffix}`,
      quote: "新增高标准农田11万亩",
      quoteStart: 0,
      quoteEnd: 10,
      targetValue,
      targetMin,
      targetMax,
      unit: input.unit === undefined ? (kind === "MILESTONE" ? null : "万亩") : input.unit,
      comparator: input.comparator === undefined ? (kind === "MILESTONE" ? null : "EQUAL") : input.comparator,
      deadline,
      deadlineStated: Boolean(input.deadline),
      originalTargetValue: targetValue,
      originalTargetMin: targetMin,
      originalTargetMax: targetMax,
      originalDeadline: deadline,
      leadDepartmentId: input.leadDepartmentId ?? null,
      supporting: input.supportingDepartmentIds?.length
        ? { create: input.supportingDepartmentIds.map((departmentId) => ({ departmentId })) }
        : undefined,
    },
  });
}
