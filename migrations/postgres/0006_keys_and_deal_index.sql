-- carnet schema, version 6 (PostgreSQL).
--
-- The suppression list's HMAC key, made once: 32 random bytes as 64
-- lower-case hex digits, as SQLite's `lower(hex(randomblob(32)))`. Two
-- gen_random_uuid() (built in since PostgreSQL 13, from the server's
-- strong random source) give 244 random bits once their dashes and fixed
-- version digits are counted out.
INSERT INTO settings (key, value)
VALUES ('suppression_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))
ON CONFLICT DO NOTHING;

-- `import undo` and `purchase rm` unlink the deals that recorded a purchase.
CREATE INDEX IF NOT EXISTS deals_purchase ON deals (purchase_id) WHERE purchase_id IS NOT NULL;
