-- carnet schema, version 9: what a campaign costs.
--
-- So much per contact reached plus a fixed part, in cents; zero until the
-- shopkeeper says. They may be set or corrected after the launch (the
-- printer's invoice arrives later), so no trigger holds them.
ALTER TABLE campaigns ADD COLUMN cost_per_contact_cents INTEGER NOT NULL DEFAULT 0
    CHECK (cost_per_contact_cents >= 0);
ALTER TABLE campaigns ADD COLUMN fixed_cost_cents INTEGER NOT NULL DEFAULT 0
    CHECK (fixed_cost_cents >= 0);
