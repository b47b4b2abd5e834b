import type { TImportCandidate } from "./types";
import type { DepartmentKeywords } from "@/lib/extract/types";

/**
 * An issuer as compared: the same government whatever spaces were typed in or around its name
 * ("洛阳市 人民政府"), shortened ("洛阳市政府") or with an office after it ("洛阳市人民政府办公室") —
 * an admin typed the issuer by hand before it was read from the text, and the instance's own
 * report must not be taken for another government's (its leads would all be left empty).
 */
const issuerKey = (issuer: string) =>
  issuer
    .replace(/\s+/g, "")
    .replace(/人民政府/g, "政府")
    .replace(/政府.*$/, "政府");

/**
 * The issuers of the reports already imported (`imported`, in the order to name them), when the
 * draft's issuer is none of them: this instance's departments, and the keyword table that
 * suggests a lead among them, are those of the government that issued its reports, not
 * another's (北京市人民政府's report given 洛阳's 市发展改革委 as lead). Empty when it is one of
 * them, or when nothing is imported yet (a first report has no one to differ from).
 */
export function otherIssuers(draftIssuer: string, imported: readonly string[]): string[] {
  const key = issuerKey(draftIssuer);
  if (imported.some((issuer) => issuerKey(issuer) === key)) return [];
  const named = new Map<string, string>();
  for (const issuer of imported) if (!named.has(issuerKey(issuer))) named.set(issuerKey(issuer), issuer.trim());
  return [...named.values()];
}

/**
 * What the review starts from: the draft's candidates with the leads suggested when it was
 * started, and the keyword table for rows the admin adds — or, for another government's report
 * (`others` not empty), neither: every lead is left for the admin to choose.
 */
export function reviewSuggestions(candidates: TImportCandidate[], keywords: DepartmentKeywords, others: readonly string[]) {
  if (others.length === 0) return { candidates, keywords };
  return { candidates: candidates.map((c) => ({ ...c, leadDepartmentId: null })), keywords: [] };
}
