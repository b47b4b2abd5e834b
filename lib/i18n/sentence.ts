import { fillMessage } from "./fill-message";

/**
 * One of our sentences with data put in it (a person's or department's name), kept unfilled:
 * `template` is the message with the reader's own values (days, counts) already filled and the
 * data's placeholders left, `data` the values that are Chinese data whatever the reader's
 * language. A component shows it with SentenceWithData, which marks each datum `lang`; where
 * only text will do (a title, an aria-label, a file), `fillSentence` writes it out.
 */
export interface Sentence {
  template: string;
  data: Record<string, string>;
}

export function fillSentence(sentence: Sentence): string {
  return fillMessage(sentence.template, sentence.data);
}

/** A datum alone as a sentence: what a message names when it is the data itself (an indicator). */
export function datumSentence(value: string): Sentence {
  return { template: "{datum}", data: { datum: value } };
}

/**
 * `inner` put in `outer`'s `{slot}` ("已停用{name}。" with "{name}（{login}）"): its placeholders
 * become the sentence's, its data joins the outer's. Nothing is filled, so a datum is never read
 * as a placeholder.
 */
export function sentenceIn(outer: Sentence, slot: string, inner: Sentence): Sentence {
  return { template: outer.template.split(`{${slot}}`).join(inner.template), data: { ...outer.data, ...inner.data } };
}
