-- carnet schema, version 9 (PostgreSQL): what a campaign costs, in cents.
ALTER TABLE campaigns ADD COLUMN cost_per_contact_cents BIGINT NOT NULL DEFAULT 0
    CHECK (cost_per_contact_cents >= 0);
ALTER TABLE campaigns ADD COLUMN fixed_cost_cents BIGINT NOT NULL DEFAULT 0
    CHECK (fixed_cost_cents >= 0);
