-- Who may do what on a shared PostgreSQL database (README, "Who may do what").
--
-- Run by `carnet db grant`, and again after every migration while the roles
-- exist, so a table a later migration adds is covered: every statement here
-- is re-runnable and covers every table the schema holds at the time.
-- {schema}, {staff} and {owner} are put in by `store::roles` (names it made
-- itself: lower-case letters, digits and underscores only).

-- 1. The owner role owns carnet's tables, views and functions: its members
--    can change the schema (migrations), drop and rebuild indexes (bulk
--    imports) and vacuum, as the role that made the tables could.
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT c.relname, c.relkind FROM pg_class c
             WHERE c.relnamespace = '{schema}'::regnamespace AND c.relkind IN ('r', 'p', 'v')
    LOOP
        IF r.relkind = 'v' THEN
            EXECUTE format('ALTER VIEW %I.%I OWNER TO {owner}', '{schema}', r.relname);
        ELSE
            EXECUTE format('ALTER TABLE %I.%I OWNER TO {owner}', '{schema}', r.relname);
        END IF;
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p
             WHERE p.pronamespace = '{schema}'::regnamespace
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO {owner}', r.f);
    END LOOP;
END $$;

-- 2. Staff: look everything up; add and edit what the counter records.
REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {staff};
-- (No CREATE on the schema: PostgreSQL 15 gives it to no one but the
-- database's owner; on an older server, REVOKE CREATE ON SCHEMA public FROM
-- PUBLIC once.)
GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {staff};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {staff};
-- contacts, purchases, interactions, deals, service requests, satisfaction
-- answers, the loyalty card: added and edited, never deleted.
GRANT INSERT, UPDATE ON
    contacts, purchases, interactions, deals, deal_stage_changes,
    service_requests, service_events, satisfaction_answers,
    loyalty_members, loyalty_events, loyalty_redemptions, categories
    TO {staff};
-- A contact's own details (keys, tags, key dates) and saved segments are
-- rewritten whole by an edit.
GRANT INSERT, UPDATE, DELETE ON contact_keys, contact_tags, contact_dates, segments TO {staff};
-- What the database keeps by itself (triggers on purchases keep
-- customer_totals; `report refresh` the population; the consent seal's head
-- sits in settings): written with the writer's own rights (ARCHITECTURE.md).
GRANT INSERT, UPDATE, DELETE ON customer_totals, population, settings TO {staff};
-- Consent: recorded, never rewritten. The only UPDATEs are the columns the
-- hash chain fills in right after the INSERT, which the triggers refuse to
-- change once the event is sealed.
GRANT INSERT ON consent_events, consent_proofs, suppressions TO {staff};
GRANT UPDATE (recorded_for, prev_hash, proof_sha256, seal, suppression_head, proof_id, hash)
    ON consent_events TO {staff};
GRANT UPDATE (seq, hash) ON suppressions TO {staff};

-- 3. The owner: everything staff may, and the rest (it owns the tables, and
--    may add tables: an upgrade run by an owner adds them),
--    but the consent tables stay append-only for it too. (Its membership
--    of staff is granted by `store::roles`, once.)
GRANT CREATE, USAGE ON SCHEMA {schema} TO {owner};
REVOKE UPDATE, DELETE, TRUNCATE ON consent_events, consent_proofs, consent_wordings, suppressions, contact_merges
    FROM {owner};
-- (And contact_id: `contact merge` moves the other contact's events onto the
-- one kept, recorded in contact_merges; the sealed columns never change.)
GRANT UPDATE (contact_id, recorded_for, prev_hash, proof_sha256, seal, suppression_head, proof_id, hash)
    ON consent_events TO {owner};
GRANT UPDATE (seq, hash) ON suppressions TO {owner};
-- `privacy forget` empties a proof's text (the trigger allows nothing else).
GRANT UPDATE (text, erased_at) ON consent_proofs TO {owner};
-- A consent event's foreign key is checked as the wording table's owner,
-- with SELECT ... FOR KEY SHARE, which PostgreSQL allows only to a role
-- that may UPDATE one column: the id, which the trigger consent_wordings_fixed
-- refuses to change (as it refuses every UPDATE of a wording).
GRANT UPDATE (id) ON consent_wordings TO {owner};
