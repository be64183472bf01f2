-- carnet schema, version 22 (PostgreSQL): one key per phone number, and a
-- consent seal that also covers the suppression list and the links to the
-- proofs (see migrations/0022_phones_and_seal.sql).
--
-- SQLite's step also recomputes old phone keys and seals old suppression
-- entries in Rust; a new database has none.
ALTER TABLE suppressions ADD COLUMN seq BIGINT;
ALTER TABLE suppressions ADD COLUMN hash TEXT COLLATE "C";
DROP TRIGGER suppressions_fixed ON suppressions;
CREATE TRIGGER suppressions_fixed BEFORE UPDATE ON suppressions
FOR EACH ROW WHEN (OLD.hash IS NOT NULL)
EXECUTE FUNCTION carnet_refuse('the suppression list is append-only');

-- The end of the list, as SQLite's step leaves it on a list with no entry
-- (store::consent_seal::seal_existing): `0:` and the hash standing for the
-- suppression key, SHA-256 of `carnet suppression key`, a unit separator
-- and the key, in hex.
INSERT INTO settings (key, value)
SELECT 'suppression_head', '0:' || encode(sha256(convert_to('carnet suppression key' || chr(31) || value, 'UTF8')), 'hex')
FROM settings WHERE key = 'suppression_key'
ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- Events: seal 2 also covers the link to the proof and the end of the
-- suppression list the event saw.
ALTER TABLE consent_events ADD COLUMN seal BIGINT;
ALTER TABLE consent_events ADD COLUMN suppression_head TEXT COLLATE "C";
CREATE TRIGGER consent_events_sealed_2 BEFORE UPDATE OF seal, suppression_head, proof_id
ON consent_events FOR EACH ROW WHEN (OLD.hash IS NOT NULL)
EXECUTE FUNCTION carnet_refuse('consent history is append-only: record a new event instead');

-- A forget empties a proof's text and marks it erased; the row, and the
-- event's link to it, stay.
ALTER TABLE consent_proofs ADD COLUMN erased_at TEXT COLLATE "C";
DROP TRIGGER consent_proofs_fixed ON consent_proofs;
CREATE TRIGGER consent_proofs_fixed BEFORE UPDATE ON consent_proofs
FOR EACH ROW WHEN (NOT (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.text = '' AND NEW.id = OLD.id))
EXECUTE FUNCTION carnet_refuse('a consent proof never changes');
CREATE TRIGGER consent_proofs_no_delete BEFORE DELETE ON consent_proofs
FOR EACH ROW EXECUTE FUNCTION carnet_refuse('a consent proof is erased, never deleted');
