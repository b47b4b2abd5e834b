/** Pages that show progress, reviews or change requests of a commitment, revalidated after each. */
export function workflowPaths(commitmentId: number): string[] {
  return [`/commitments/${commitmentId}`, "/commitments", "/review", "/my-work", "/"];
}
