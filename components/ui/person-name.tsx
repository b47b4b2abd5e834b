import { personSentenceWith, type PersonRef } from "@/lib/users/person-name";
import { SentenceWithData } from "./sentence-with-data";

/**
 * A person's name where they acted (reported, reviewed, decided), marked "（已停用）" once their
 * account is disabled: `disabledTemplate` is people.disabledName, passed as a label. The name is
 * marked as Chinese data, the mark is in the reader's language.
 */
export function PersonName({ person, disabledTemplate }: { person: PersonRef; disabledTemplate: string }) {
  const { template, data } = personSentenceWith(person, disabledTemplate);
  return <SentenceWithData template={template} data={data} />;
}
