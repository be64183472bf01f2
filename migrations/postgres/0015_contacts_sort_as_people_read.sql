-- carnet schema, version 15 (PostgreSQL): names sorted as a person expects.
CREATE INDEX contacts_sort ON contacts (search_key, id);
