-- carnet schema, version 4: consent you can prove, suppression, campaigns.

-- Per-database secrets, e.g. the key of the suppression list's hashes.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The wording a person agreed to, stored once by its hash.
CREATE TABLE consent_wordings (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    label      TEXT,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Proof texts ("signed card #12") are personal data: kept apart from the
-- immutable events so that an erasure can remove them.
CREATE TABLE consent_proofs (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);

-- The append-only consent history. A mistake is corrected by a new
-- `void` event naming the one it cancels; nothing is ever changed.
CREATE TABLE consent_events (
    id          INTEGER PRIMARY KEY,
    -- The contact, or NULL for a withdrawal by a bare address (then
    -- `subject_key` holds the address's keyed hash).
    contact_id  INTEGER REFERENCES contacts (id),
    subject_key TEXT,
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'phone', 'post')),
    action      TEXT NOT NULL CHECK (action IN ('grant', 'withdraw', 'soft_opt_in', 'bounce', 'complaint', 'void')),
    -- When it happened (YYYY-MM-DD) and when carnet recorded it.
    occurred_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    method      TEXT CHECK (method IN ('paper-form', 'in-person', 'web-form', 'email-reply', 'phone', 'import')),
    proof_id    INTEGER REFERENCES consent_proofs (id) ON DELETE SET NULL,
    wording_id  INTEGER REFERENCES consent_wordings (id),
    voids       INTEGER REFERENCES consent_events (id),
    CHECK (action != 'grant' OR (method IS NOT NULL AND wording_id IS NOT NULL)),
    CHECK (action != 'void' OR voids IS NOT NULL),
    CHECK (contact_id IS NOT NULL OR subject_key IS NOT NULL)
);
CREATE INDEX consent_events_contact ON consent_events (contact_id, channel);
CREATE INDEX consent_events_subject ON consent_events (subject_key) WHERE subject_key IS NOT NULL;

-- The database itself refuses to rewrite history. Only `contact_id` may
-- change (merging two records of one person), and `proof_id` may be
-- cleared by the erasure of its proof.
CREATE TRIGGER consent_events_append_only
BEFORE UPDATE OF id, subject_key, channel, action, occurred_on, recorded_at, method, wording_id, voids ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent history is append-only: record a new event instead');
END;
CREATE TRIGGER consent_events_no_delete
BEFORE DELETE ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent history is append-only: record a new event instead');
END;
CREATE TRIGGER consent_wordings_fixed
BEFORE UPDATE ON consent_wordings
BEGIN
    SELECT RAISE(ABORT, 'a consent wording never changes: add a new one');
END;

-- Erased or withdrawn addresses, as keyed hashes only.
CREATE TABLE suppressions (
    key        TEXT NOT NULL,
    channel    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (key, channel)
) WITHOUT ROWID;

CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'phone', 'post')),
    segment     TEXT NOT NULL,
    holdout_pct INTEGER NOT NULL DEFAULT 0,
    seed        INTEGER NOT NULL,
    message     TEXT,
    created_at  TEXT NOT NULL,
    launched_on TEXT
);

-- Who a launched campaign reached, and who was held back to measure it.
CREATE TABLE campaign_sends (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    grp         TEXT NOT NULL CHECK (grp IN ('recipient', 'control')),
    sent_on     INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX campaign_sends_contact ON campaign_sends (contact_id, sent_on);

-- Set when a contact's personal data was erased (`privacy forget`): the
-- anonymous contact keeps its purchases so revenue stays true.
ALTER TABLE contacts ADD COLUMN forgotten_at TEXT;
