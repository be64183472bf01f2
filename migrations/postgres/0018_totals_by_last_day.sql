-- carnet schema, version 18 (PostgreSQL): the kept totals by each
-- customer's newest purchase (schema 23 drops them).
ALTER TABLE customer_totals ADD COLUMN last_purchase_id BIGINT NOT NULL DEFAULT 0;
CREATE INDEX customer_totals_newest ON customer_totals (last_day, last_purchase_id);
UPDATE kept SET n = -1 WHERE name IN ('totals_max_id', 'totals_epoch');
