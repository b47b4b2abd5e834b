import "server-only";
import { db } from "@/lib/db";
import { loadDepartmentKeywords } from "@/lib/departments/department-keywords";

/**
 * The keyword table the review suggests a lead by for a commitment the admin adds from the
 * report's text: the one an import started now would use (the draft's own rows were suggested
 * when it was started).
 */
export function getLeadKeywords() {
  return loadDepartmentKeywords(db);
}
