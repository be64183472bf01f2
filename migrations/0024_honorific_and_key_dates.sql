-- carnet schema, version 24: the honorific prefix, and key dates.
--
-- `honorific` is the title before a name (`Mme`, `Dr`: vCard N's fourth
-- component), kept apart so the name stays the name. `contact_dates` holds
-- a contact's dates beside the birthday (a wedding anniversary, a name
-- day), one per label, month and day with or without the year, which
-- `remind` announces as it does birthdays; `md` (`MM-DD`) is what it
-- searches by.
ALTER TABLE contacts ADD COLUMN honorific TEXT;
CREATE TABLE contact_dates (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    month      INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day        INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    year       INTEGER,
    md         TEXT NOT NULL,
    PRIMARY KEY (contact_id, label)
) WITHOUT ROWID;
CREATE INDEX contact_dates_md ON contact_dates (md);
