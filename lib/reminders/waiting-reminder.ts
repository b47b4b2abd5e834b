import { Prisma } from "@/lib/generated/prisma/client";

/** A reminder still waiting: neither answered nor ended with its commitment. */
export const WAITING_REMINDER = { answeredAt: null, closedAt: null } as const;

/** WAITING_REMINDER in SQL, for a reminder aliased `m`. */
export const WAITING_REMINDER_SQL = Prisma.sql`m."answeredAt" IS NULL AND m."closedAt" IS NULL`;
