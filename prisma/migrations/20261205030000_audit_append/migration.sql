-- Appends audit events to the hash chain in one statement: takes the chain's lock, reads its
-- head and the time, finishes each event's hash and inserts the events in order.
--
-- Why: the lock is held until COMMIT, and every writer waits for it. Before, the holder read the
-- head (duban_audit_chain_head), went back to Node to hash and then sent the insert: two trips
-- through a busy Node event loop while every other writer waited (a measured average of 278 ms
-- spent waiting for the lock per submission at 50 clients). Node now sends each event with the
-- canonical text its hash covers, less the time and the link (lib/audit/audit-hash.ts,
-- auditHashParts); here both are filled in and the SHA-256 taken, so the lock is held for this
-- statement and the COMMIT only. The time is read under the lock, so events' times follow the
-- chain's (and the ids') order, as they did when Node read the time after taking the lock.
--
-- The hash is the one lib/audit/audit-hash.ts computes (sha256 of pre || JSON of the time as
-- ISO text || mid || JSON of the previous hash || '}'), so lib/audit/verify-audit-chain.ts checks
-- these events like any other. Inside a VOLATILE PL/pgSQL function every statement takes a fresh
-- snapshot under READ COMMITTED: the head read after the lock is granted sees the event the
-- previous holder committed. (A constraint trigger deferred to COMMIT would hold the lock for
-- less time still, but Prisma's schema describer cannot read constraint triggers: `migrate dev`
-- and `migrate diff` would stop working.)
CREATE FUNCTION duban_audit_append(lock_key bigint, events jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  prev text;
  at_utc timestamp(3);
  at_json text;
  h text;
  e jsonb;
  n integer := 0;
BEGIN
  -- Only READ COMMITTED gives the head read below a snapshot taken after the lock was granted.
  -- Under another isolation level the chain could fork: refuse.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit events must be written in a READ COMMITTED transaction (this one is %)', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(lock_key);
  prev := (SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1);
  -- One time for the whole call, to the millisecond, in UTC as the column keeps it; written as
  -- JavaScript's toISOString() writes it.
  at_utc := date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC');
  at_json := '"' || to_char(at_utc, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"';
  -- One INSERT per event, in array order, so ids follow the chain.
  FOR e IN SELECT value FROM jsonb_array_elements(events) WITH ORDINALITY ORDER BY ordinality LOOP
    h := encode(sha256(convert_to((e->>'pre') || at_json || (e->>'mid') || COALESCE(to_json(prev)::text, 'null') || '}', 'UTF8')), 'hex');
    INSERT INTO "AuditEvent" ("actorId", "action", "entity", "entityId", "before", "after", "at", "prevHash", "hash")
    VALUES ((e->>'actorId')::integer, e->>'action', e->>'entity', e->>'entityId',
            NULLIF(e->'before', 'null'::jsonb), NULLIF(e->'after', 'null'::jsonb), at_utc, prev, h);
    prev := h;
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;

-- Its predecessor, which returned the head for Node to hash, has no caller left.
DROP FUNCTION duban_audit_chain_head(bigint);
