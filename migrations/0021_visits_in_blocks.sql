-- carnet schema, version 21: every customer's visit figures, also kept
-- packed in blocks.
--
-- The reports over every customer (lifetime value, RFM, value matrix,
-- segments) read the first and last purchase day, visits, rows, total and
-- first visit's total of each customer. Read as seven columns of a
-- hundred thousand rows, SQLite spends most of a report's reading time
-- decoding columns; the same figures packed by blocks of 1,024 contact
-- ids (`block` = contact_id / 1024; `figures` = 40 bytes per customer,
-- little-endian: contact_id i64, first_day i32, last_day i32, visits u32,
-- purchase_rows u32, total_cents i64, first_visit_cents i64, in contact
-- id order) read in a twentieth of it. They are written with
-- `customer_totals`, by the same statements' transaction, and say the
-- same; the rows are made stale so the next reader rebuilds both.
CREATE TABLE customer_totals_blocks (
    block INTEGER PRIMARY KEY,
    figures BLOB NOT NULL
);
UPDATE kept SET n = -1 WHERE name IN ('totals_max_id', 'totals_epoch');
