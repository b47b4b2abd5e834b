-- Takes the audit chain's lock and returns the chain's head in one round trip. Two statements
-- were needed before because a statement's snapshot is taken when it starts, before a lock it
-- waits for is granted: it could read a stale head and fork the chain. Inside a VOLATILE
-- PL/pgSQL function every statement takes a fresh snapshot (READ COMMITTED), so the SELECT after
-- PERFORM sees the event the previous lock holder committed. One round trip less while the lock
-- is held is one Node event-loop turn less that every other writer waits for.
CREATE FUNCTION duban_audit_chain_head(lock_key bigint) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key);
  RETURN (SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1);
END
$$;
