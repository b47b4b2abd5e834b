import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LUOYANG_DEPARTMENTS } from "@/lib/departments/luoyang-departments";
import { DEFAULT_DEPARTMENT_KEYWORDS, extractReport } from "@/lib/extract";
import { commitmentCreatedEvent } from "@/lib/reports/commitment-created-event";
import { saveReport } from "@/lib/reports/save-report";
import { toNewCommitment } from "@/lib/reports/from-extraction";
import { departmentIdsByName, loadDepartmentKeywords } from "@/lib/departments/department-keywords";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { DEMO_USERS } from "./demo-users";
import { ensureUser } from "./factories";

export interface SeedOptions {
  root: string;
  demo: boolean;
  adminPassword?: string;
  log: (message: string) => void;
}

export const LUOYANG_REPORT_FILE = "data/reports/luoyang-2023.txt";
export const LUOYANG_ISSUER = "洛阳市人民政府";

/** Idempotent: a second run adds only what is missing and never changes existing accounts. */
export async function runSeed(db: PrismaClient, options: SeedOptions): Promise<void> {
  await seedDepartments(db);
  await seedDepartmentKeywords(db);
  const admin = await seedAdmin(db, options);
  if (options.demo) await seedDemoUsers(db, options.log);
  await seedLuoyangReport(db, options, admin.id);
}

async function seedDepartments(db: PrismaClient) {
  for (const d of LUOYANG_DEPARTMENTS) {
    await db.department.upsert({ where: { code: d.code }, create: d, update: {} });
  }
}

async function seedDepartmentKeywords(db: PrismaClient) {
  if ((await db.departmentKeyword.count()) > 0) return; // the admin's edits win over defaults
  const departments = await db.department.findMany({ select: { id: true, name: true } });
  const idByName = new Map(departments.map((d) => [d.name, d.id]));
  const rows = DEFAULT_DEPARTMENT_KEYWORDS.flatMap((entry) => {
    const departmentId = idByName.get(entry.department);
    return departmentId ? entry.keywords.map((keyword) => ({ keyword, departmentId })) : [];
  });
  await db.departmentKeyword.createMany({ data: rows, skipDuplicates: true });
}

async function seedAdmin(db: PrismaClient, options: SeedOptions) {
  const existing = await db.user.findUnique({ where: { loginName: "admin" } });
  if (existing) return existing;
  const generated = !options.adminPassword;
  const password = options.adminPassword ?? randomBytes(12).toString("base64url");
  // A generated password is on the terminal (and whatever keeps its output) and in a file: changed
  // at the first sign-in (修改密码 before anything else), as every password chosen for someone is.
  // One set with ADMIN_PASSWORD is the operator's own choice, kept (the tests sign in with theirs).
  const { user } = await ensureUser(db, { loginName: "admin", displayName: "系统管理员", role: "ADMIN", password, mustChangePassword: generated });
  if (generated) {
    // Printed once, and kept in a git-ignored file readable only by its owner.
    const file = path.join(options.root, ".data", "initial-admin-password.txt");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
    options.log(`Created the admin account: login "admin", password "${password}" (also saved in .data/initial-admin-password.txt; signing in asks for a new one first)`);
  } else {
    options.log(`Created the admin account "admin" with the password from ADMIN_PASSWORD`);
  }
  return user;
}

async function seedDemoUsers(db: PrismaClient, log: (m: string) => void) {
  for (const demo of DEMO_USERS) {
    const department = demo.departmentCode
      ? await db.department.findUniqueOrThrow({ where: { code: demo.departmentCode } })
      : null;
    const { created } = await ensureUser(db, {
      loginName: demo.loginName,
      displayName: demo.displayName,
      role: demo.role,
      password: demo.password,
      departmentId: department?.id ?? null,
    });
    if (created) log(`Created demo user ${demo.loginName} (${demo.role})`);
  }
}

async function seedLuoyangReport(db: PrismaClient, options: SeedOptions, adminId: number) {
  const raw = fs.readFileSync(path.join(options.root, LUOYANG_REPORT_FILE), "utf8");
  const extraction = extractReport(raw, { departmentKeywords: await loadDepartmentKeywords(db) });
  const idByName = await departmentIdsByName(db);
  const outcome = await db.$transaction(
    async (tx) => {
      const saved = await saveReport(
        tx,
        { ...extraction.report, issuer: LUOYANG_ISSUER, text: extraction.text, sections: extraction.sections, importedById: adminId },
        extraction.commitments.map((c) => toNewCommitment(c, idByName)),
      );
      if (saved.created) {
        await writeAuditEvents(tx, null, [
          {
            action: "report.import",
            entity: "Report",
            entityId: saved.reportId,
            after: { title: extraction.report.title, year: extraction.report.year, commitments: saved.commitmentCount, source: "seed" },
          },
          ...saved.createdCommitments.map(({ id, commitment }) => commitmentCreatedEvent(id, saved.reportId, commitment)),
        ]);
      }
      return saved;
    },
    { timeout: 60_000 },
  );
  if (outcome.created) options.log(`Imported ${extraction.report.title} (${extraction.report.year}): ${outcome.commitmentCount} commitments`);
}
