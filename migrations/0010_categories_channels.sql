-- carnet schema, version 10: what was bought and where.
--
-- A purchase may name a category (what was bought) and a channel (where it
-- was sold). Categories are kept once each, under the first spelling seen;
-- `key` (lower-case, accents and repeated spaces removed) makes `Bouquet`
-- and `bouquet ` one category. Channels are short words from the config.
CREATE TABLE categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key  TEXT NOT NULL UNIQUE
);
ALTER TABLE purchases ADD COLUMN category_id INTEGER REFERENCES categories (id);
ALTER TABLE purchases ADD COLUMN channel TEXT;
-- Renewal reminders read one category's customers and their last day.
CREATE INDEX purchases_category ON purchases (category_id, contact_id, day) WHERE category_id IS NOT NULL;
