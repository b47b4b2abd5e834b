import type { CommitmentFact } from "@/lib/commitments/describe-commitment-facts";
import { FactList } from "./fact-list";

/** A commitment's facts; what an approved change replaced is struck through. */
export function CommitmentFacts({ facts }: { facts: CommitmentFact[] }) {
  return <FactList facts={facts.map((f) => ({ label: f.label, value: f.struck ? <s>{f.value}</s> : f.value, testId: f.testId, lang: f.lang }))} />;
}
