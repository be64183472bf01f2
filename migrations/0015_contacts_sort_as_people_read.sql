-- carnet schema, version 15: names sorted as a person expects.
--
-- `contact list` sorts by the folded search key (lower case, accents
-- removed, the name first), so `Éloïse` comes before `Zoé` and `émile`
-- beside `Emile`; this index keeps a `--limit 20` listing instant.
CREATE INDEX contacts_sort ON contacts (search_key, id);
