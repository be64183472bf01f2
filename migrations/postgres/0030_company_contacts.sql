-- carnet schema, version 30 (PostgreSQL): companies are contacts of their
-- own kind. See migrations/0030_company_contacts.sql for the model.
--
-- SQLite's file has a Rust step after this one to turn the existing
-- `company` texts into company contacts; here the same is done in SQL, the
-- key folded by lower() and translate() over the accented letters French
-- and its neighbours write (the Rust rule, deunicode, folds every script;
-- a name with other letters keeps them, and then matches only as written).

ALTER TABLE contacts ADD COLUMN kind TEXT COLLATE "C" NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company'));
ALTER TABLE contacts ADD COLUMN company_id BIGINT REFERENCES contacts (id) ON DELETE SET NULL;
ALTER TABLE contacts ADD COLUMN company_key TEXT COLLATE "C";
CREATE INDEX contacts_company ON contacts (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX contacts_company_key ON contacts (company_key) WHERE company_key IS NOT NULL;

CREATE FUNCTION carnet_fold_0033(s TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE AS $$
    SELECT btrim(regexp_replace(lower(translate(
        replace(replace(replace(replace(s, 'Œ', 'OE'), 'œ', 'oe'), 'Æ', 'AE'), 'æ', 'ae'),
        'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ',
        'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy')), '\s+', ' ', 'g'))
$$;

-- A contact whose name is the company's, with no company of its own,
-- becomes that company (a shop that entered it by hand).
UPDATE contacts c SET kind = 'company', company_key = carnet_fold_0033(c.name)
WHERE c.forgotten_at IS NULL AND (c.company IS NULL OR btrim(c.company) = '')
  AND c.id = (
    SELECT min(o.id) FROM contacts o
    WHERE o.forgotten_at IS NULL AND (o.company IS NULL OR btrim(o.company) = '')
      AND carnet_fold_0033(o.name) = carnet_fold_0033(c.name))
  AND EXISTS (
    SELECT 1 FROM contacts p WHERE p.forgotten_at IS NULL AND p.company IS NOT NULL
      AND carnet_fold_0033(p.company) = carnet_fold_0033(c.name));

-- Every other company text: one company contact per folded name, named as
-- its first person wrote it, created when its first person was.
INSERT INTO contacts (name, search_key, created_at, updated_at, kind, company_key)
SELECT DISTINCT ON (carnet_fold_0033(p.company))
       btrim(p.company), carnet_fold_0033(p.company), p.created_at, p.created_at, 'company',
       carnet_fold_0033(p.company)
FROM contacts p
WHERE p.forgotten_at IS NULL AND p.company IS NOT NULL AND btrim(p.company) <> ''
  AND NOT EXISTS (SELECT 1 FROM contacts k WHERE k.company_key = carnet_fold_0033(p.company))
ORDER BY carnet_fold_0033(p.company), p.id;

UPDATE contacts p SET company_id = k.id, company = k.name
FROM contacts k
WHERE k.kind = 'company' AND p.kind = 'person' AND p.forgotten_at IS NULL
  AND p.company IS NOT NULL AND k.company_key = carnet_fold_0033(p.company);

DROP FUNCTION carnet_fold_0033(TEXT);
