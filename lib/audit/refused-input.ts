import { z } from "zod";
import { isFormHint } from "@/lib/actions/form-hint";

/** As many ids as any action takes in one request (a bulk form's list). */
const MAX_IDS = 1000;
const ID_FIELD = /Ids?$/;
const NEVER = /password/i;

function asId(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d{1,10}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
}

/** The schema under its wrappers (optional, nullable, default, a pipe's input side…). */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
    if (def.innerType) current = def.innerType;
    // A transform's pipe (`.transform`) checks on its input side, a preprocess's on its output.
    else if (def.type === "pipe" && def.in && def.out) current = def.in._zod.def.type === "transform" ? def.out : def.in;
    else break;
  }
  return current;
}

/** Whether `value` is one of the choices of a list the field offers (a role, a kind of request). */
function isListedChoice(field: z.ZodType | undefined, value: string): boolean {
  const inner = field && unwrap(field);
  return inner instanceof z.ZodEnum && (inner.options as unknown[]).includes(value);
}

/**
 * What of a refused action's input the audit trail keeps: the records it names (fields ending in
 * Id or Ids), yes/no choices, and values picked from a list the schema offers (a role, a kind of
 * request) — never what was typed (names, notes, figures), a password, a file or the form's hints
 * about the record (formHint). Read from the
 * parsed input, or from the raw one when it did not parse (a caller refused by the permissions
 * table whose input was malformed too). Pure.
 */
export function refusedInput(schema: z.ZodType, input: unknown): Record<string, unknown> {
  if (!input || typeof input !== "object" || Array.isArray(input)) return {};
  const object = unwrap(schema);
  const shape: Record<string, z.ZodType> = object instanceof z.ZodObject ? (object.shape as Record<string, z.ZodType>) : {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (NEVER.test(key) || !Object.hasOwn(shape, key) || isFormHint(shape[key])) continue;
    if (ID_FIELD.test(key)) {
      const ids = (Array.isArray(value) ? value : [value]).map(asId).filter((id) => id !== null);
      if (ids.length > 0) kept[key] = Array.isArray(value) ? ids.slice(0, MAX_IDS) : ids[0];
    } else if (typeof value === "boolean") {
      kept[key] = value;
    } else if (typeof value === "string" && isListedChoice(shape[key], value)) {
      kept[key] = value;
    }
  }
  return kept;
}
