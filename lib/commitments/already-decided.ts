import { ExpectedError, notFound } from "@/lib/actions/errors";

/** What is read of an item (a reading, a change request) whose decision found it decided already. */
export interface DecidedItem {
  commitment: { status: string };
  reviewer: { role: string } | null;
}

/** The select that reads it. */
export const decidedItemSelect = { commitment: { select: { status: true } }, reviewer: { select: { role: true } } } as const;

/**
 * Why an item could not be decided: it does not exist, or its commitment's withdrawal answered it
 * (an admin's answer: reviewers decide otherwise — said so, not "another reviewer"), or another
 * reviewer got there first (`otherwise`).
 */
export function alreadyDecided(item: DecidedItem | null, otherwise: "workflow.review.alreadyHandled" | "workflow.change.alreadyHandled"): Error {
  if (!item) return notFound();
  if (item.commitment.status === "WITHDRAWN" && item.reviewer?.role === "ADMIN") return new ExpectedError("conflict", "workflow.review.withdrawn");
  return new ExpectedError("conflict", otherwise);
}
