-- PostgreSQL's JIT compiler spends hundreds of milliseconds compiling Duban's small aggregate
-- queries (the dashboard's trend query: 292 ms of JIT for 42 ms of work); turn it off for
-- this database. A role that may not alter the database keeps the default, with a notice.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'jit left on: this role may not ALTER DATABASE';
END
$$;
