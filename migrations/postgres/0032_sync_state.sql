-- `carnet sync`: the PostgreSQL twin of migrations/0032_sync_state.sql.
CREATE TABLE sync_entries (
    collection TEXT COLLATE "C" NOT NULL, -- `carddav URL` or `caldav URL`, as configured
    uid TEXT COLLATE "C" NOT NULL,
    href TEXT COLLATE "C" NOT NULL,
    etag TEXT COLLATE "C",
    sent_hash TEXT COLLATE "C",
    pending_hash TEXT COLLATE "C",
    PRIMARY KEY (collection, uid)
);
