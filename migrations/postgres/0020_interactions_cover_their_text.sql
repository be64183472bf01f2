-- carnet schema, version 20 (PostgreSQL): a contact's interactions with
-- their text, in one index -- not here.
--
-- SQLite's step puts the summary in the per-contact index so `remind` reads
-- it from index cells. A PostgreSQL index entry is bounded (about 2.7 kB)
-- and a summary is not, so an index holding it would refuse a long note:
-- the index keeps (contact_id, day) and PostgreSQL reads the summaries
-- from the table. The index is rebuilt under the same name all the same,
-- so both engines run the same step.
DROP INDEX interactions_contact_day;
CREATE INDEX interactions_contact_day ON interactions (contact_id, day);
