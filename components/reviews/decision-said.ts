import type { Decision } from "@/components/ui/decision-buttons";
import { fillMessage } from "@/lib/i18n/fill-message";
import { sentenceIn, type Sentence } from "@/lib/i18n/sentence";

/** What the live region says: a decision that took, or why an item could not be decided here. */
export type Said = { id: number; name: Sentence } & ({ decision: Decision } | { refusal: string });

/**
 * The words of what is said, with the item's name put in whole: what it names of data (an
 * indicator, a reading's author) stays data, marked where it is shown. `messages` have {name};
 * `settled` has {reason} too, the refusal in the reader's own words.
 */
export function saidSentence(said: Said, messages: Record<Decision | "settled", string>): Sentence {
  const template = "refusal" in said ? fillMessage(messages.settled, { reason: said.refusal }) : messages[said.decision];
  return sentenceIn({ template, data: {} }, "name", said.name);
}
