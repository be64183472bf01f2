-- `carnet sync`: what each CardDAV/CalDAV collection holds of carnet's, so
-- a sync sends only what changed and deletes what is gone. One row per
-- entry carnet put there: its UID and address (href) on the server, the
-- ETag the server gave (for If-Match), the hash of what was confirmed sent
-- and, while a PUT is under way, the hash being sent (a killed run's PUT is
-- recognised by it on the next run). Nothing personal: a UID names a
-- contact or a reminder by its id only, so a forgotten person's row stays
-- until the next sync deletes the card from the server.
CREATE TABLE sync_entries (
    collection TEXT NOT NULL, -- `carddav URL` or `caldav URL`, as configured
    uid TEXT NOT NULL,
    href TEXT NOT NULL,
    etag TEXT,
    sent_hash TEXT,
    pending_hash TEXT,
    PRIMARY KEY (collection, uid)
);
