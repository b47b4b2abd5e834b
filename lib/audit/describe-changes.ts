import { figuresWithUnit, formatFallFigure, formatNumber } from "@/lib/commitments/format-target";
import type { Comparator } from "@/lib/generated/prisma/enums";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { isMessageKey } from "@/lib/i18n/translate";
import { formatLocalTime } from "@/lib/time/date-time-format";
import { DATA_LANG, figureLang } from "@/lib/reports/report-lang";
import { formatPercent } from "@/lib/commitments/format-figures";
import { fieldOrder, fieldSpec, type FieldFormat } from "./audit-fields";
import type { NameLookup } from "./names-in-force";

export interface AuditChange {
  field: string;
  label: string;
  /** null: the field is new in this event (a creation, a note given with a decision), nothing to strike. */
  before: string | null;
  after: string;
  /** The values' language when they are data (names, what people wrote, the report's figures), not the UI's words. */
  lang?: string;
}

export interface DescribeContext {
  t: Translate;
  locale: Locale;
  /** The commitment's unit, written after its figures. */
  unit?: string | null;
  /** The commitment's comparator: a growth or a range below zero is a planned fall ("下降 3%"). */
  comparator?: Comparator | null;
  /** Names the page already has (as they stood at the event: namesInForce); an id not in them is left out rather than shown as a number. */
  departments?: NameLookup;
  users?: NameLookup;
}

const EMPTY = "—";
const UNRESOLVED = Symbol("unresolved");

/** An audited action as the reader's language names it; an unknown code is shown as it is. */
export function describeAction(action: string, t: Translate): string {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

/**
 * The fields a person cares about whose values differ between an audit event's before and
 * after, labelled and written as the rest of the app writes them. Pure: the caller passes the
 * translator and whatever names it has.
 */
export function describeChanges(event: { entity: string; before: unknown; after: unknown }, ctx: DescribeContext): AuditChange[] {
  const b = asRecord(event.before);
  const a = asRecord(event.after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort((x, y) => fieldOrder(x, event.entity) - fieldOrder(y, event.entity) || x.localeCompare(y));
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const spec = fieldSpec(event.entity, field);
    if (spec === null) continue;
    const format = spec?.format;
    const before = field in b ? show(b[field], format, ctx, field) : null;
    const after = field in a ? show(a[field], format, ctx, field) : EMPTY;
    if (before === UNRESOLVED || after === UNRESOLVED) continue;
    if (before === after || (before === null && after === EMPTY)) continue;
    changes.push({ field, label: spec ? ctx.t(spec.label) : field, before, after, lang: valueLang(format, field, ctx, `${before ?? ""}${after}`) });
  }
  return changes;
}

/**
 * What people write and are called is data; so is a figure in the report's unit ("8.5万亩"), unless
 * it may be a fall ("down 3%": the reader's word) or is written in English ("85,000 mu").
 */
const DATA_FORMATS = new Set<FieldFormat>(["text", "department", "departments", "user", "list", "evidence"]);

function valueLang(format: FieldFormat | undefined, field: string, ctx: DescribeContext, shown: string): string | undefined {
  if (format === "value") return (ctx.comparator === "GROWTH" || ctx.comparator === "RANGE") && TARGET_FIELDS.has(field) ? undefined : figureLang(shown);
  return format !== undefined && DATA_FORMATS.has(format) ? DATA_LANG : undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields that hold a target figure (as opposed to a reported actual). */
const TARGET_FIELDS = new Set(["targetValue", "targetMin", "targetMax", "originalTargetValue", "originalTargetMin", "originalTargetMax", "proposedValue", "proposedMin", "proposedMax"]);

function show(value: unknown, format: FieldFormat | undefined, ctx: DescribeContext, field: string): string | typeof UNRESOLVED {
  if (value === undefined || value === null || value === "") return EMPTY;
  if (Array.isArray(value) && value.length === 0) return EMPTY;
  const { t } = ctx;
  if (format === undefined) return showUnknown(value, ctx);
  if (typeof format === "object") {
    const key = format.enumLabel(String(value));
    return key ? t(key) : String(value);
  }
  switch (format) {
    case "day":
      return isoDay(value);
    case "value": {
      const number = formatNumber(value as number | string);
      // Target figures of a planned fall read as the report wrote them, as formatTarget does.
      const fall = (ctx.comparator === "GROWTH" || ctx.comparator === "RANGE") && TARGET_FIELDS.has(field) && number.startsWith("-");
      return fall ? formatFallFigure(value as number | string, ctx.unit ?? null, ctx.locale) : figuresWithUnit([number], ctx.unit ?? null, ctx.locale);
    }
    case "percent":
      return formatPercent(value as number | string);
    case "done":
      return t(value === true ? "workflow.update.doneYes" : "workflow.update.doneNo");
    case "bool":
      return t(value === true ? "audit.yes" : "audit.no");
    case "department":
      return nameOf(value, ctx.departments);
    case "user":
      return nameOf(value, ctx.users);
    case "departments": {
      const names = (Array.isArray(value) ? value : [value]).map((id) => nameOf(id, ctx.departments));
      return names.includes(UNRESOLVED) ? UNRESOLVED : names.join(ctx.t("common.enumeration"));
    }
    case "count":
      return String(Array.isArray(value) ? value.length : value);
    case "list":
      return (Array.isArray(value) ? value : [value]).map(String).join(ctx.t("common.enumeration"));
    case "ids":
      return (Array.isArray(value) ? value : [value]).map((id) => `#${String(id)}`).join(ctx.t("common.enumeration"));
    case "evidence":
      return (Array.isArray(value) ? value : [value]).map((file) => showUnknown(file, ctx)).join(ctx.t("common.enumeration"));
    default:
      return String(value);
  }
}

function nameOf(id: unknown, names: NameLookup | undefined): string | typeof UNRESOLVED {
  return names?.get(Number(id)) ?? UNRESOLVED;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function isoDay(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return ISO_INSTANT.test(text) || ISO_DAY.test(text) ? text.slice(0, 10) : text;
}

function instant(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : formatLocalTime(date);
}

/** A field no table names: still readable, never JSON. */
function showUnknown(value: unknown, ctx: DescribeContext): string {
  if (value === undefined || value === null || value === "") return EMPTY;
  if (typeof value === "boolean") return ctx.t(value ? "audit.yes" : "audit.no");
  if (value instanceof Date) return instant(value);
  if (typeof value === "string") {
    // A @db.Date day is stored as midnight UTC; a real moment is rarely exactly 08:00:00.000 in Beijing.
    if (ISO_INSTANT.test(value)) return value.slice(10) === "T00:00:00.000Z" ? value.slice(0, 10) : instant(value);
    return value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => showUnknown(v, ctx)).join(ctx.t("common.enumeration")) : EMPTY;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const name = ["fileName", "displayName", "name", "title"].map((k) => record[k]).find((v) => typeof v === "string");
    if (typeof name === "string") return name;
    return Object.entries(record)
      .filter(([k]) => fieldSpec("", k) !== null)
      .map(([k, v]) => `${k}: ${showUnknown(v, ctx)}`)
      .join(ctx.t("common.comma"));
  }
  return String(value);
}
