-- carnet schema, version 12 (PostgreSQL): every email and phone of a contact.
ALTER TABLE contacts ADD COLUMN email_type TEXT COLLATE "C";
ALTER TABLE contacts ADD COLUMN phone_type TEXT COLLATE "C";
ALTER TABLE contacts ADD COLUMN other_emails TEXT COLLATE "C";
ALTER TABLE contacts ADD COLUMN other_phones TEXT COLLATE "C";
CREATE TABLE contact_keys (
    contact_id BIGINT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind       TEXT COLLATE "C" NOT NULL CHECK (kind IN ('email', 'phone')),
    key        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (contact_id, kind, key)
);
CREATE INDEX contact_keys_key ON contact_keys (kind, key);
