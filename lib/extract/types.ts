// Public types of the extractor. The app's import code builds on exactly these names.

export type Comparator = ">=" | "<=" | "=" | "growth" | "approx" | "range";
export type CommitmentKind = "numeric" | "milestone";

export interface ExtractedSection {
  /** "三(一)" for a numbered section, or the part numeral alone ("二") for a part's own text. */
  code: string;
  part: string;
  title: string;
  order: number;
  start: number;
  end: number;
}

export interface ExtractedCommitment {
  section: string;
  theme: string | null;
  kind: CommitmentKind;
  quote: string;
  start: number;
  end: number;
  indicator: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  comparator: Comparator | null;
  deadline: string;
  deadlineStated: boolean;
  /**
   * The occasion the report gives as the deadline when it has no day of its own ("牡丹文化节前",
   * "春节前", "牡丹文化节期间"), as written; null otherwise. The deadline is then the year's end, not
   * stated, and the import review asks the admin for the day.
   */
  deadlineOccasion: string | null;
  leadDepartment: string | null;
}

export interface ExtractionResult {
  /** `year`: the year planned for (given, or read); `textYear`: the one the text itself names, if any. */
  report: { title: string; year: number; textYear: number | null; issuer: string | null; deliveredOn: string | null };
  text: string;
  sections: ExtractedSection[];
  commitments: ExtractedCommitment[];
}

export interface DepartmentKeywordRule {
  department: string;
  keywords: string[];
}

export type DepartmentKeywords = DepartmentKeywordRule[];

export interface ExtractOptions {
  year?: number;
  departmentKeywords?: DepartmentKeywords;
}

/** A half-open span [start, end) into the normalised text. */
export interface Span {
  start: number;
  end: number;
}
