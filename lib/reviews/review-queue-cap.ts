/**
 * The review queue's total stops here ("1000+"): past it, the exact figure helps no reviewer, and
 * counting a large backlog exactly read every waiting row on each review page. Its own module so
 * the bench's raw-SQL floor counts as far as the page does without loading the app's client.
 */
export const QUEUE_COUNT_CAP = 1000;
