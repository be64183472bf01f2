-- carnet schema, version 5: an import batch knows its purchases by id range.
--
-- Keeping an index on purchases.batch_id cost a large import a third of its
-- time, to serve only `import undo`. A batch's purchases are inserted in one
-- transaction, so their ids form one range; undo reads that range and keeps
-- only the rows whose batch_id is the batch's (exact even if ids were reused).

ALTER TABLE import_batches ADD COLUMN first_purchase_id INTEGER;
ALTER TABLE import_batches ADD COLUMN last_purchase_id INTEGER;
UPDATE import_batches
SET first_purchase_id = (SELECT min(p.id) FROM purchases p WHERE p.batch_id = import_batches.id),
    last_purchase_id = (SELECT max(p.id) FROM purchases p WHERE p.batch_id = import_batches.id);
DROP INDEX purchases_batch;
