-- carnet schema, version 13 (PostgreSQL): the category index covers the amount.
DROP INDEX IF EXISTS purchases_category;
CREATE INDEX purchases_category ON purchases (category_id, contact_id, day, amount_cents) WHERE category_id IS NOT NULL;
