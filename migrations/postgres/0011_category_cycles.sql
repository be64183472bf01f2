-- carnet schema, version 11 (PostgreSQL): a category's renewal cycle
-- (`12m`, `45d`, `measured`), or NULL.
ALTER TABLE categories ADD COLUMN cycle TEXT COLLATE "C";
