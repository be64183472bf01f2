-- carnet schema, version 19 (PostgreSQL): the day each regular customer
-- slips away (schema 23 drops it).
ALTER TABLE customer_totals ADD COLUMN slipping_day BIGINT;
CREATE INDEX customer_totals_slipping ON customer_totals (slipping_day) WHERE slipping_day IS NOT NULL;
INSERT INTO kept (name, n) VALUES ('slipping_factor_milli', 2000);
UPDATE kept SET n = -1 WHERE name IN ('totals_max_id', 'totals_epoch');
