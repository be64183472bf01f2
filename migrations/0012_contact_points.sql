-- carnet schema, version 12: every email and phone of a contact.
--
-- `email` and `phone` stay the primary ones (campaigns and reminders use
-- them); their types go beside them, and every other address and number
-- is kept as text (`a@b.fr (work); c@d.fr`). `contact_keys` holds the
-- comparison key of each of those others, so a contact is found, and a
-- duplicate caught, by any of them.
ALTER TABLE contacts ADD COLUMN email_type TEXT;
ALTER TABLE contacts ADD COLUMN phone_type TEXT;
ALTER TABLE contacts ADD COLUMN other_emails TEXT;
ALTER TABLE contacts ADD COLUMN other_phones TEXT;
CREATE TABLE contact_keys (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    key        TEXT NOT NULL,
    PRIMARY KEY (contact_id, kind, key)
) WITHOUT ROWID;
CREATE INDEX contact_keys_key ON contact_keys (kind, key);
