-- carnet schema, version 17 (PostgreSQL): each customer's purchases summed
-- up, kept (schema 23 replaces the table). `contact_id` is given, never
-- generated: a plain BIGINT key.
CREATE TABLE customer_totals (
    contact_id BIGINT PRIMARY KEY,
    first_day BIGINT NOT NULL,
    last_day BIGINT NOT NULL,
    visits BIGINT NOT NULL,
    purchase_rows BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    first_visit_cents BIGINT NOT NULL,
    median_gap_x2 BIGINT
);
INSERT INTO kept (name, n) VALUES ('totals_max_id', -1), ('totals_epoch', -1), ('totals_max_day', 0);
