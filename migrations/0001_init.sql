-- carnet schema, version 1: contacts, tags, purchases, import batches.

CREATE TABLE import_batches (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('purchases', 'contacts')),
    file_name        TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    imported_at      TEXT NOT NULL,
    rows_read        INTEGER NOT NULL,
    purchases_added  INTEGER NOT NULL,
    contacts_created INTEGER NOT NULL,
    undone_at        TEXT
);
CREATE INDEX import_batches_hash ON import_batches (kind, content_hash);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    ref         TEXT UNIQUE,
    name        TEXT NOT NULL,
    email       TEXT,
    phone       TEXT,
    company     TEXT,
    street      TEXT,
    postcode    TEXT,
    city        TEXT,
    country     TEXT,
    birthday    TEXT,
    notes       TEXT,
    -- Folded (lower-case, no accents) text for --search, kept on write.
    search_key  TEXT NOT NULL,
    -- Comparison keys for duplicate detection.
    email_key   TEXT,
    phone_key   TEXT,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    -- The import batch that created this contact, for `import undo`.
    batch_id    INTEGER REFERENCES import_batches (id)
);
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE);
CREATE INDEX contacts_email_key ON contacts (email_key) WHERE email_key IS NOT NULL;
CREATE INDEX contacts_phone_key ON contacts (phone_key) WHERE phone_key IS NOT NULL;
CREATE INDEX contacts_batch ON contacts (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag        TEXT NOT NULL,
    PRIMARY KEY (contact_id, tag)
) WITHOUT ROWID;
CREATE INDEX contact_tags_tag ON contact_tags (tag);

-- One row per purchase. `day` is a day number (days since 0001-01-01) so
-- recency is a subtraction; amounts are integer cents, refunds negative.
CREATE TABLE purchases (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    day          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    note         TEXT,
    order_ref    TEXT,
    batch_id     INTEGER REFERENCES import_batches (id)
);
-- Covering: analytics read (contact, day, amount) in one ordered index scan.
CREATE INDEX purchases_contact_day ON purchases (contact_id, day, amount_cents);
CREATE INDEX purchases_batch ON purchases (batch_id) WHERE batch_id IS NOT NULL;
