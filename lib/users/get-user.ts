import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/**
 * One user for the edit page, with their department (which may have been deactivated since).
 * Read once per request: the page's title names the user too.
 */
export const getUser = cache(function getUser(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, loginName: true, displayName: true, role: true, departmentId: true, disabled: true, mustChangePassword: true, department: { select: { id: true, name: true } } },
  });
});
