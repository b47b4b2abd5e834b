import "server-only";
import { db } from "@/lib/db";

/** Display names of the given users (disabled ones too: a history names who was there). */
export async function listUserNames(ids: number[]): Promise<{ id: number; displayName: string }[]> {
  if (!ids.length) return [];
  return db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
}
