-- `carnet sync`: the PostgreSQL twin of migrations/0030_sync_state.sql.
CREATE TABLE sync_entries (
    collection TEXT NOT NULL, -- `carddav URL` or `caldav URL`, as configured
    uid TEXT NOT NULL,
    href TEXT NOT NULL,
    etag TEXT,
    sent_hash TEXT,
    pending_hash TEXT,
    PRIMARY KEY (collection, uid)
);
