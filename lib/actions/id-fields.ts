import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/zh";

/** A record's id as a form sends it (a positive int4); an empty field is none. */
export const optionalId = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().positive().max(2_147_483_647).nullable());

/**
 * Ids a form sends under one name (ticked rows, a multiple select, files kept): none, one or
 * many, as FormData gives them; at most `max` (a refusal of more said with `tooMany`).
 */
export const idList = (max: number, tooMany?: MessageKey) =>
  z.preprocess(
    (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().positive().max(2_147_483_647)).max(max, tooMany ? { error: tooMany } : undefined),
  );
