-- carnet schema, version 25 (PostgreSQL): the outbox of `campaign send`
-- (see migrations/0025_outbox.sql).
CREATE TABLE IF NOT EXISTS campaign_outbox (
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    contact_id  BIGINT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    channel     TEXT COLLATE "C" NOT NULL CHECK (channel IN ('email', 'sms')),
    -- The per-recipient unsubscribe token, in List-Unsubscribe.
    token       TEXT COLLATE "C" NOT NULL UNIQUE,
    -- The Message-ID (email) or the provider's idempotence key (SMS).
    message_id  TEXT COLLATE "C" NOT NULL,
    state       TEXT COLLATE "C" NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'bounced', 'skipped')),
    -- The server's last answer, or why it failed or was skipped.
    answer      TEXT COLLATE "C",
    attempts    BIGINT NOT NULL DEFAULT 0,
    -- When it was sent (RFC 3339, UTC), or last tried.
    updated_at  TEXT COLLATE "C",
    PRIMARY KEY (campaign_id, contact_id)
);
