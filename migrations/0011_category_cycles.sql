-- carnet schema, version 11: a category's renewal cycle kept with it.
--
-- `cycle` is how often the category is bought again, written as carnet
-- reads it back (`12m`, `45d`, `measured`), or NULL when it has none. The
-- config's `[categories.NAME] cycle` still wins where it is set.
ALTER TABLE categories ADD COLUMN cycle TEXT;
