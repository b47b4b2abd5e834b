/** Server workers the e2e server runs (scripts/serve.mjs, WEB_CONCURRENCY): the warm-up visits each. */
export const E2E_SERVER_WORKERS = 2;
