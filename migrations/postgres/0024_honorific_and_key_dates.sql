-- carnet schema, version 24 (PostgreSQL): the honorific prefix, and key dates.
ALTER TABLE contacts ADD COLUMN honorific TEXT COLLATE "C";
CREATE TABLE contact_dates (
    contact_id BIGINT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    label      TEXT COLLATE "C" NOT NULL,
    month      BIGINT NOT NULL CHECK (month BETWEEN 1 AND 12),
    day        BIGINT NOT NULL CHECK (day BETWEEN 1 AND 31),
    year       BIGINT,
    md         TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (contact_id, label)
);
CREATE INDEX contact_dates_md ON contact_dates (md);
