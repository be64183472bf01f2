-- carnet schema, version 16: figures about every customer, kept.
--
-- `contact show` places one customer among all the others (RFM scores,
-- value cell, lifetime value), which needs every customer's figures. They
-- are worked out once and kept here, keyed by the day and by what the
-- purchases were: `kept.purchase_epoch` goes up whenever purchases are
-- deleted or move to another contact (new ones raise the highest id).
CREATE TABLE kept (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO kept (name, n) VALUES ('purchase_epoch', 0);
CREATE TABLE population_cache (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
