-- carnet schema, version 13: the category index covers the amount.
--
-- `report categories`, `report rfm --category` and the other reports of
-- one category read every purchase of it in (contact, day) order; with the
-- amount in the index they never visit the table (24 s → 3.4 s on 10M
-- purchases).
DROP INDEX IF EXISTS purchases_category;
CREATE INDEX purchases_category ON purchases (category_id, contact_id, day, amount_cents) WHERE category_id IS NOT NULL;
