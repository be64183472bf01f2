-- carnet schema, version 19: the day each regular customer slips away.
--
-- `remind` announces a customer on the day the time since their last
-- visit goes beyond `[remind] slipping_factor` × their median gap. That
-- day is kept with their totals, for the factor named in
-- `kept.slipping_factor_milli` (thousandths), and indexed, so `remind`
-- reads only the customers crossing in its window instead of every
-- regular. A new factor in the config re-keys the rows at the next write;
-- until then `remind` works the days out itself. The rows are made stale
-- so the next reader rebuilds them with the new column.
ALTER TABLE customer_totals ADD COLUMN slipping_day INTEGER;
CREATE INDEX customer_totals_slipping ON customer_totals (slipping_day) WHERE slipping_day IS NOT NULL;
INSERT INTO kept (name, n) VALUES ('slipping_factor_milli', 2000);
UPDATE kept SET n = -1 WHERE name IN ('totals_max_id', 'totals_epoch');
