-- carnet schema, version 6.
--
-- The suppression list's HMAC key is made here, once, instead of on the
-- first read that needed it: reads never write, so a read command works on
-- a file another process is writing to, and the key exists before any
-- campaign or privacy command looks for it.
INSERT OR IGNORE INTO settings (key, value)
VALUES ('suppression_key', lower(hex(randomblob(32))));

-- `import undo` and `purchase rm` unlink the deals that recorded a purchase;
-- without this index each deleted purchase scanned every deal (an undo of a
-- 1.2M-row batch took minutes).
CREATE INDEX IF NOT EXISTS deals_purchase ON deals (purchase_id) WHERE purchase_id IS NOT NULL;
