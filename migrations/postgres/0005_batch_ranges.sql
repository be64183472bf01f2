-- carnet schema, version 5 (PostgreSQL): an import batch knows its
-- purchases by id range (see migrations/0005_batch_ranges.sql).

ALTER TABLE import_batches ADD COLUMN first_purchase_id BIGINT;
ALTER TABLE import_batches ADD COLUMN last_purchase_id BIGINT;
-- Fixes old SQLite data; a no-op on a new database.
UPDATE import_batches
SET first_purchase_id = (SELECT min(p.id) FROM purchases p WHERE p.batch_id = import_batches.id),
    last_purchase_id = (SELECT max(p.id) FROM purchases p WHERE p.batch_id = import_batches.id);
DROP INDEX purchases_batch;
