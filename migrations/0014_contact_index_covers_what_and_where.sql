-- carnet schema, version 14: one covering index for every report.
--
-- The per-contact index now carries each purchase's category and channel,
-- so every report (of all purchases, of one category, of one channel, per
-- category or per channel) is one scan of it in (contact, day) order. The
-- full category index goes: building it doubled the time of a bulk import.
-- Renewal reminders get a small partial index over the categories that
-- have a cycle only (`purchases_renewal`, kept in step by carnet when
-- cycles change).
DROP INDEX IF EXISTS purchases_category;
DROP INDEX IF EXISTS purchases_contact_day;
CREATE INDEX purchases_contact_day ON purchases (contact_id, day, amount_cents, category_id, channel);
