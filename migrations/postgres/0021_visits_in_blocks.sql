-- carnet schema, version 21 (PostgreSQL): every customer's visit figures,
-- also kept packed in blocks (schema 23 drops them).
CREATE TABLE customer_totals_blocks (
    block BIGINT PRIMARY KEY,
    figures BYTEA NOT NULL
);
UPDATE kept SET n = -1 WHERE name IN ('totals_max_id', 'totals_epoch');
