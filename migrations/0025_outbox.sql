-- carnet schema, version 25: the outbox of `campaign send`.
--
-- One row per recipient of a launched campaign that carnet sends itself
-- (email over the shop's SMTP account, SMS through its provider). The
-- row is the memory that makes a send resumable: it is written `sending`
-- and committed before the message goes to the server, and `sent` (with
-- the server's answer and the time) after. A row found `sending` by the
-- next run is one whose fate is unknown (killed between the server's
-- acceptance and the write): it is sent again with the same Message-ID,
-- so a duplicate, if the first did leave, is recognisable (at least once).
CREATE TABLE IF NOT EXISTS campaign_outbox (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    -- The per-recipient unsubscribe token, in List-Unsubscribe.
    token       TEXT NOT NULL UNIQUE,
    -- The Message-ID (email) or the provider's idempotence key (SMS): the
    -- same on every attempt.
    message_id  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'bounced', 'skipped')),
    -- The server's last answer, or why it failed or was skipped.
    answer      TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    -- When it was sent (RFC 3339, UTC), or last tried.
    updated_at  TEXT,
    PRIMARY KEY (campaign_id, contact_id)
) WITHOUT ROWID;
