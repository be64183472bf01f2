-- carnet schema, version 14 (PostgreSQL): one covering index for every report.
--
-- SQLite's step also makes `purchases_renewal` over the categories that had
-- a cycle in the file; a new database has none (and schema 23 drops it).
DROP INDEX IF EXISTS purchases_category;
DROP INDEX IF EXISTS purchases_contact_day;
CREATE INDEX purchases_contact_day ON purchases (contact_id, day, amount_cents, category_id, channel);
