import { fillSentence, type Sentence } from "@/lib/i18n/sentence";
import type { Translate } from "@/lib/i18n/translate";

/**
 * A person named for what they did or answer for (who reported, reviewed, decided, sent a 催办,
 * the responsible official a list is filtered by), with whether their account is disabled now.
 */
export interface PersonRef {
  name: string;
  disabled: boolean;
}

/**
 * The person as every page names them: the name alone, or "张三（已停用）" / "Zhang San (disabled)"
 * once the account is disabled — so nobody takes a departed colleague for someone to ask.
 * `disabledTemplate` is the message people.disabledName unfilled (what a client component gets
 * as a label). The name stays data, marked where shown; the mark is the reader's words.
 */
export function personSentenceWith(person: PersonRef, disabledTemplate: string): Sentence {
  return { template: person.disabled ? disabledTemplate : "{name}", data: { name: person.name } };
}

/**
 * `template` (one of our sentences, "已核验：{by}，{at}" with the reader's values filled) with the
 * person in its `{slot}`: the slot stays the name's placeholder, the mark follows it when disabled.
 */
export function personInSentence(template: string, slot: string, person: PersonRef, disabledTemplate: string): Sentence {
  const placed = person.disabled ? disabledTemplate.split("{name}").join(`{${slot}}`) : `{${slot}}`;
  return { template: template.split(`{${slot}}`).join(placed), data: { [slot]: person.name } };
}

/** The same on the server, with the reader's translator. */
export function personSentence(person: PersonRef, t: Translate): Sentence {
  return personSentenceWith(person, t("people.disabledName"));
}

/** The same written out, where only text will do (a file, a select's option, an aria-label). */
export function personText(person: PersonRef, t: Translate): string {
  return fillSentence(personSentence(person, t));
}
