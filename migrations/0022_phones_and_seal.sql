-- carnet schema, version 22: one key per phone number, and a consent seal
-- that also covers the suppression list and the links to the proofs.
--
-- Phones: `+33 (0)6 55 44 33 22` was keyed `+330655443322` and
-- `33655443322` `+3333655443322`. carnet recomputes every contact's phone
-- keys in this transaction (the rules come from the phone library), and
-- adds, beside each suppression entry keyed by a wrong spelling of a
-- number a contact still carries, the same entry under the right key. An
-- entry whose number nobody carries any more (a forgotten person's) cannot
-- be recomputed from its keyed hash: carnet checks the wrong spellings of
-- every number against the list instead.
--
-- Suppressions: each entry now carries its place and a hash covering the
-- one before it, the first covering the suppression key; the end of the
-- list is kept in settings (`suppression_head`). carnet seals the entries
-- made before, in the order they were made, in this transaction.
ALTER TABLE suppressions ADD COLUMN seq INTEGER;
ALTER TABLE suppressions ADD COLUMN hash TEXT;
DROP TRIGGER suppressions_fixed;
CREATE TRIGGER suppressions_fixed BEFORE UPDATE ON suppressions WHEN old.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the suppression list is append-only'); END;

-- Events: seal 2 also covers the link to the proof and the end of the
-- suppression list the event saw. Events sealed before keep seal 1 (NULL)
-- and verify as they did.
ALTER TABLE consent_events ADD COLUMN seal INTEGER;
ALTER TABLE consent_events ADD COLUMN suppression_head TEXT;
CREATE TRIGGER consent_events_sealed_2 BEFORE UPDATE OF seal, suppression_head, proof_id
ON consent_events WHEN old.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'consent history is append-only: record a new event instead'); END;

-- A forget empties a proof's text and marks it erased; the row, and the
-- event's link to it, stay.
ALTER TABLE consent_proofs ADD COLUMN erased_at TEXT;
DROP TRIGGER consent_proofs_fixed;
CREATE TRIGGER consent_proofs_fixed BEFORE UPDATE ON consent_proofs
WHEN NOT (old.erased_at IS NULL AND new.erased_at IS NOT NULL AND new.text = '' AND new.id = old.id)
BEGIN SELECT RAISE(ABORT, 'a consent proof never changes'); END;
CREATE TRIGGER consent_proofs_no_delete BEFORE DELETE ON consent_proofs
BEGIN SELECT RAISE(ABORT, 'a consent proof is erased, never deleted'); END;
