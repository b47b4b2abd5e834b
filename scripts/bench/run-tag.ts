/**
 * Written into every narrative the bench submits: the app refuses an update that repeats, word
 * for word, one still waiting for review, and a bench run with `--skip-generate` (or a second
 * `bench:profile`) finds the previous run's submissions still waiting.
 */
export const RUN_TAG = Date.now().toString(36);
