-- carnet schema, version 8: a consent history whose changes are evident.
--
-- Triggers already refuse UPDATE and DELETE of the events through carnet;
-- the sqlite3 shell can drop them. So each event now carries a hash that
-- covers the one before it (a chain), its proof's hash and its wording's,
-- and the contact it was recorded for; `carnet consent verify` recomputes
-- the chain and names the first event that no longer matches. carnet fills
-- the new columns of the events recorded before, in this same transaction.
ALTER TABLE consent_events ADD COLUMN recorded_for INTEGER;
ALTER TABLE consent_events ADD COLUMN proof_sha256 TEXT;
ALTER TABLE consent_events ADD COLUMN prev_hash TEXT;
ALTER TABLE consent_events ADD COLUMN hash TEXT;

-- Merges move events to the kept contact; each is recorded, so a move that
-- no merge explains is evident.
CREATE TABLE contact_merges (
    id        INTEGER PRIMARY KEY,
    from_id   INTEGER NOT NULL,
    into_id   INTEGER NOT NULL,
    merged_at TEXT NOT NULL
);
CREATE TRIGGER contact_merges_append_only BEFORE UPDATE ON contact_merges
BEGIN SELECT RAISE(ABORT, 'the record of merges is append-only'); END;
CREATE TRIGGER contact_merges_no_delete BEFORE DELETE ON contact_merges
BEGIN SELECT RAISE(ABORT, 'the record of merges is append-only'); END;

-- What else triggers can hold fixed: wordings are never deleted, proofs
-- never rewritten (erasure deletes them), suppressions never removed.
CREATE TRIGGER consent_wordings_no_delete BEFORE DELETE ON consent_wordings
BEGIN SELECT RAISE(ABORT, 'a consent wording is kept as proof'); END;
CREATE TRIGGER consent_proofs_fixed BEFORE UPDATE ON consent_proofs
BEGIN SELECT RAISE(ABORT, 'a consent proof never changes'); END;
CREATE TRIGGER suppressions_fixed BEFORE UPDATE ON suppressions
BEGIN SELECT RAISE(ABORT, 'the suppression list is append-only'); END;
CREATE TRIGGER suppressions_no_delete BEFORE DELETE ON suppressions
BEGIN SELECT RAISE(ABORT, 'the suppression list is append-only'); END;
