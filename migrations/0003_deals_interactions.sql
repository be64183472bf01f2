-- carnet schema, version 3: deals, their stage history, interactions,
-- follow-ups and keep-in-touch cadences.

ALTER TABLE contacts ADD COLUMN cadence_days INTEGER;
CREATE INDEX contacts_cadence ON contacts (id) WHERE cadence_days IS NOT NULL;
-- Birthdays by month-day (`MM-DD`, the last five characters whether or
-- not the year is known), so the reminder digest reads only the few due.
CREATE INDEX contacts_birthday_md ON contacts (substr(birthday, -5)) WHERE birthday IS NOT NULL;

CREATE TABLE deals (
    id              INTEGER PRIMARY KEY,
    contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    amount_cents    INTEGER NOT NULL DEFAULT 0,
    stage           TEXT NOT NULL,
    -- Day number of the expected close, or NULL.
    expected_close  INTEGER,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    -- Set when the deal is won or lost.
    closed_at       TEXT,
    lost_reason     TEXT,
    -- The purchase recorded by `deal won --record-purchase`.
    purchase_id     INTEGER REFERENCES purchases (id) ON DELETE SET NULL
);
CREATE INDEX deals_contact ON deals (contact_id);
CREATE INDEX deals_open_close ON deals (expected_close) WHERE closed_at IS NULL;

CREATE TABLE deal_stage_changes (
    id          INTEGER PRIMARY KEY,
    deal_id     INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    from_stage  TEXT,
    to_stage    TEXT NOT NULL,
    changed_at  TEXT NOT NULL
);
CREATE INDEX deal_stage_changes_deal ON deal_stage_changes (deal_id);

CREATE TABLE interactions (
    id            INTEGER PRIMARY KEY,
    contact_id    INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    -- When it happened (RFC 3339) and its calendar day (day number).
    at            TEXT NOT NULL,
    day           INTEGER NOT NULL,
    summary       TEXT,
    deal_id       INTEGER REFERENCES deals (id) ON DELETE SET NULL,
    -- Day number of the follow-up, and when it was closed.
    follow_up     INTEGER,
    follow_up_done_at TEXT
);
CREATE INDEX interactions_contact_day ON interactions (contact_id, day);
-- Only open follow-ups, and covering: the morning digest reads them without
-- touching the (large) table.
CREATE INDEX interactions_open_follow_up ON interactions (follow_up, contact_id, kind, at, day, summary, deal_id, follow_up_done_at)
    WHERE follow_up IS NOT NULL AND follow_up_done_at IS NULL;
CREATE INDEX interactions_deal ON interactions (deal_id) WHERE deal_id IS NOT NULL;
