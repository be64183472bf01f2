-- carnet schema, version 16 (PostgreSQL): figures about every customer,
-- kept (schema 23 drops both tables).
CREATE TABLE kept (name TEXT COLLATE "C" PRIMARY KEY, n BIGINT NOT NULL);
INSERT INTO kept (name, n) VALUES ('purchase_epoch', 0);
CREATE TABLE population_cache (key TEXT COLLATE "C" PRIMARY KEY, value TEXT COLLATE "C" NOT NULL);
