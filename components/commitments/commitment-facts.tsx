import type { CommitmentFact } from "@/lib/commitments/describe-commitment-facts";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { FactList } from "./fact-list";

/** A commitment's facts; what an approved change replaced is struck through, a name in a sentence marked as data. */
export function CommitmentFacts({ facts }: { facts: CommitmentFact[] }) {
  return (
    <FactList
      facts={facts.map((f) => {
        const value = typeof f.value === "string" ? f.value : <SentenceWithData template={f.value.template} data={f.value.data} />;
        return { label: f.label, value: f.struck ? <s>{value}</s> : value, testId: f.testId, lang: f.lang };
      })}
    />
  );
}
