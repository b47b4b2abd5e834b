import { fillMessage } from "@/lib/i18n/fill-message";
import type { Locale } from "@/lib/i18n/translate";
import { fallingTotal, type KeptFigures } from "@/lib/progress/falling-total";
import { implausibleTimes } from "@/lib/progress/times-target";
import { supersedingDay, type ReadingOrder } from "@/lib/updates/later-reading";

type Figure = { toString(): string } | number | null;

/** What a reviewer is cautioned about before deciding a waiting reading (null: nothing). */
export interface ReadingCautions {
  /** How many times its target the reading is, when so far beyond it that it looks like a slip. */
  timesTarget: number | null;
  /** The day of an approved reading that stands over this one (approving it would not make it the figure). */
  supersededBy: string | null;
  /** The approved total this reading falls below, when it would replace it (a slip?). */
  fallsBelow: { value: string; asOf: string } | null;
}

/** The cautions of one waiting reading of commitment `c`: the review queue's and the commitment page's alike. */
export function readingCautions(c: KeptFigures, reading: ReadingOrder & { actualValue: Figure }, locale: Locale): ReadingCautions {
  return {
    timesTarget: implausibleTimes(c, reading.actualValue === null ? null : reading.actualValue.toString()),
    supersededBy: supersedingDay(c, reading),
    fallsBelow: fallingTotal(c, reading, locale),
  };
}

export type ReadingCautionKind = "implausible" | "superseded" | "falling";

/** The cautions in words, from templates ({times}; {date}; {value} and {date}), in the order shown. */
export function cautionTexts(cautions: ReadingCautions, words: Record<ReadingCautionKind, string>): { kind: ReadingCautionKind; text: string }[] {
  return [
    ...(cautions.timesTarget === null ? [] : [{ kind: "implausible" as const, text: fillMessage(words.implausible, { times: cautions.timesTarget }) }]),
    ...(cautions.supersededBy === null ? [] : [{ kind: "superseded" as const, text: fillMessage(words.superseded, { date: cautions.supersededBy }) }]),
    ...(cautions.fallsBelow === null ? [] : [{ kind: "falling" as const, text: fillMessage(words.falling, { value: cautions.fallsBelow.value, date: cautions.fallsBelow.asOf }) }]),
  ];
}
