-- carnet schema, version 32 (PostgreSQL): the figures a contact's card is
-- placed among, kept for big shops. The twin of migrations/0032_population.sql,
-- which says what each column holds.
CREATE TABLE population (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    as_of BIGINT NOT NULL,
    last_purchase_id BIGINT NOT NULL,
    customers BIGINT NOT NULL,
    active_days BIGINT NOT NULL,
    figures TEXT NOT NULL
);
