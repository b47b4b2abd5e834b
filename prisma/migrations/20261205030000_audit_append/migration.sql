-- Audit events join the hash chain when their transaction commits.
--
-- Why: appends are serialised by a transaction-scoped advisory lock, held until COMMIT, and
-- every writer waits for it. Before, the holder read the chain's head (duban_audit_chain_head),
-- went back to Node to hash, sent the insert and then the COMMIT: trips through a busy Node
-- event loop while every other writer waited (278 ms spent waiting for the lock per submission
-- on average at 50 clients). Now the action inserts its events into "AuditPending", each with
-- the text its hash covers up to the link (lib/audit/audit-hash.ts, auditHashHead), and a
-- deferred trigger appends them during COMMIT itself: the lock is taken and released inside
-- the database, with no round trip while it is held.
--
-- The hash is the one lib/audit/audit-hash.ts computes (sha256 of head || JSON of the previous
-- hash || '}'), so lib/audit/verify-audit-chain.ts checks these events like any other. A trigger
-- function is VOLATILE: each of its statements takes a fresh snapshot (READ COMMITTED, which
-- every action uses), so the head read after the lock is granted is the event the previous
-- holder committed. Deferred triggers fire in the order their rows were inserted, so ids follow
-- the chain. A rolled-back transaction fires nothing and leaves nothing behind.

-- Rows live only inside their transaction (the trigger deletes each as it appends it), so the
-- table is unlogged: nothing of it needs to survive a crash or reach a standby.
CREATE UNLOGGED TABLE "AuditPending" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL,
    "head" TEXT NOT NULL,
    CONSTRAINT "AuditPending_pkey" PRIMARY KEY ("id")
);

CREATE FUNCTION duban_audit_append_pending() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  prev text;
BEGIN
  -- The chain's lock (lib/audit/write-audit-event.ts named the same constant before).
  PERFORM pg_advisory_xact_lock(7310112);
  prev := (SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1);
  INSERT INTO "AuditEvent" ("actorId", "action", "entity", "entityId", "before", "after", "at", "prevHash", "hash")
  VALUES (NEW."actorId", NEW."action", NEW."entity", NEW."entityId", NEW."before", NEW."after", NEW."at", prev,
          encode(sha256(convert_to(NEW."head" || COALESCE(to_json(prev)::text, 'null') || '}', 'UTF8')), 'hex'));
  DELETE FROM "AuditPending" WHERE "id" = NEW."id";
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "AuditPending_append" AFTER INSERT ON "AuditPending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION duban_audit_append_pending();

-- Its predecessor, which returned the head for Node to hash, has no caller left.
DROP FUNCTION duban_audit_chain_head(bigint);
