import { DEMO_USERS } from "@/lib/seed/demo-users";

/** The bench's users' one password, stated in docs/performance.md. */
export const BENCH_PASSWORD = "Duban-Bench-2023";
/** The test databases' admin password (`npm test`, CI), in this repository for anyone to read. */
export const TEST_ADMIN_PASSWORD = "Duban-Admin-Test-2023";

/**
 * Passwords printed with Duban (the README's demo accounts, the bench's, the tests'): the first a
 * guesser tries against any installation, so none may be set on an account (weak-password.ts
 * holds them as a dictionary). The accounts the seed, the bench and the tests create with them
 * are made directly, never through the forms.
 */
export const PUBLISHED_PASSWORDS: readonly string[] = [...new Set([...DEMO_USERS.map((user) => user.password), BENCH_PASSWORD, TEST_ADMIN_PASSWORD])];
