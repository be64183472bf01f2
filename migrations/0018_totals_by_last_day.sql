-- carnet schema, version 18: the kept totals by each customer's newest
-- purchase.
--
-- `purchase list --limit N` (newest first) walks the customers from the
-- newest purchase back, `last_day` then `last_purchase_id` (the highest id
-- on that day, as the listing breaks ties), and reads only the first few
-- customers' purchases instead of sorting every purchase by day: its
-- answer no longer grows with the file. The rows are made stale so the
-- next reader rebuilds them with the new column.
ALTER TABLE customer_totals ADD COLUMN last_purchase_id INTEGER NOT NULL DEFAULT 0;
CREATE INDEX customer_totals_newest ON customer_totals (last_day, last_purchase_id);
UPDATE kept SET n = -1 WHERE name IN ('totals_max_id', 'totals_epoch');
