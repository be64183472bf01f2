-- carnet schema, version 30: companies are contacts of their own kind.
--
-- A company (`kind = 'company'`) is a contact: it buys, is shown, listed
-- and scored like a person. A person's `company_id` links them to it; the
-- `company` text stays on the person as the company's name, kept equal to
-- it on every write (a search for the company finds its people).
-- `company_key` is a company's folded name (lower case, no accents, single
-- spaces), how `--company X` finds it whatever the case and accents.
--
-- The existing `company` texts are turned into company contacts by the Rust
-- step after this one (store::companies::migrate_texts): the folding of
-- accents is Rust's, as for every other key.
ALTER TABLE contacts ADD COLUMN kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company'));
ALTER TABLE contacts ADD COLUMN company_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL;
ALTER TABLE contacts ADD COLUMN company_key TEXT;
CREATE INDEX contacts_company ON contacts (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX contacts_company_key ON contacts (company_key) WHERE company_key IS NOT NULL;
