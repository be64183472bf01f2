-- carnet schema, version 7 (PostgreSQL): phone numbers compare in E.164.
--
-- In SQLite this step marks the change and carnet recomputes every
-- contact's phone_key and search_key in its transaction. A PostgreSQL
-- database starts at the current rules: there is nothing to recompute.
UPDATE settings SET value = value WHERE key = 'suppression_key';
