import type { Comparator as DbComparator } from "@/lib/generated/prisma/enums";
import type { Comparator } from "@/lib/extract";

// The extractor speaks the report's notation (">=", "growth"…); the database its enum.
export const COMPARATOR_TO_DB: Record<Comparator, DbComparator> = {
  ">=": "AT_LEAST",
  "<=": "AT_MOST",
  "=": "EQUAL",
  growth: "GROWTH",
  approx: "APPROX",
  range: "RANGE",
};

