-- carnet schema, version 16 (PostgreSQL): figures about every customer,
-- kept (schema 23 drops both tables).
CREATE TABLE kept (name TEXT PRIMARY KEY, n BIGINT NOT NULL);
INSERT INTO kept (name, n) VALUES ('purchase_epoch', 0);
CREATE TABLE population_cache (key TEXT PRIMARY KEY, value TEXT NOT NULL);
