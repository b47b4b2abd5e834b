-- A bulk action's events marked as one batch, so the admin's log can show them as one line
-- (批量分工：50 项) instead of fifty.
--
-- What the events of one action already shared: its actor, the very same time (one clock read per
-- append, below) and consecutive ids (appends run one at a time under the chain's lock). Not enough
-- to group them: two appends can fall in the same millisecond, and a sign-in failed twice by a
-- script is two attempts, not one batch. So the batch is recorded: "batchId", on every event of a
-- run of one action that one append writes (lib/audit/write-audit-event.ts puts an action's
-- events next to each other), is the id of the run's first event; null for an event written
-- alone. Part of the record, so covered by the hash: `,"batchId":"<id>"` between the time and
-- "before", where canonicalJson of the event with a "batchId" key puts it. Events written before
-- this migration have none and hash as they did (lib/audit/audit-hash.ts leaves the key out when
-- null), so the whole chain still verifies.
ALTER TABLE "AuditEvent" ADD COLUMN "batchId" BIGINT;

-- A page of the log reads the rest of each batch it shows. Only batched events are indexed.
CREATE INDEX "AuditEvent_batch_idx" ON "AuditEvent"("batchId") WHERE "batchId" IS NOT NULL;

-- As 20261205030000_audit_append, and: an event marked `"batch": "first"` starts a batch (its id
-- taken from the sequence first, so it can carry it), one marked "next" continues it, any other
-- is written alone.
CREATE OR REPLACE FUNCTION duban_audit_append(lock_key bigint, events jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  prev text;
  at_utc timestamp(3);
  at_json text;
  h text;
  e jsonb;
  n integer := 0;
  event_id bigint;
  batch bigint;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit events must be written in a READ COMMITTED transaction (this one is %)', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(lock_key);
  prev := (SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1);
  at_utc := date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC');
  at_json := '"' || to_char(at_utc, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"';
  FOR e IN SELECT value FROM jsonb_array_elements(events) WITH ORDINALITY ORDER BY ordinality LOOP
    event_id := nextval(pg_get_serial_sequence('"AuditEvent"', 'id'));
    batch := CASE e->>'batch' WHEN 'first' THEN event_id WHEN 'next' THEN batch END;
    h := encode(sha256(convert_to((e->>'pre') || at_json || COALESCE(',"batchId":"' || batch || '"', '') || (e->>'mid') || COALESCE(to_json(prev)::text, 'null') || '}', 'UTF8')), 'hex');
    INSERT INTO "AuditEvent" ("id", "actorId", "action", "entity", "entityId", "before", "after", "at", "prevHash", "hash", "batchId")
    VALUES (event_id, (e->>'actorId')::integer, e->>'action', e->>'entity', e->>'entityId',
            NULLIF(e->'before', 'null'::jsonb), NULLIF(e->'after', 'null'::jsonb), at_utc, prev, h, batch);
    prev := h;
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;
