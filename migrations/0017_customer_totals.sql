-- carnet schema, version 17: each customer's purchases summed up, kept.
--
-- Reports as of today (RFM, value matrix, lifetime value, segments,
-- campaign previews) and `remind`'s slipping-away customers need, per
-- customer, the first and last purchase day, the visits (distinct days),
-- the rows, the total and the first visit's total, and the usual gap
-- between visits. Reading them from here instead of every purchase makes
-- those reports grow with the customers, not with the purchases.
--
-- The rows are exact for the purchase state named by `kept.totals_max_id`
-- and `kept.totals_epoch` (the same fingerprint as `population_cache`):
-- a write at the counter updates its customer's row in the same
-- transaction and moves the state on; a bulk import leaves the state
-- behind, and the next reader rebuilds the table from the purchases.
-- `totals_max_day` is the latest purchase day in it: the rows answer for
-- any day on or after it. Nothing here is ever read when the state is
-- not the purchases' own.
CREATE TABLE customer_totals (
    contact_id INTEGER PRIMARY KEY,
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    visits INTEGER NOT NULL,
    purchase_rows INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    first_visit_cents INTEGER NOT NULL,
    -- Twice the median gap between visits, in days (an integer even when
    -- the median falls between two gaps); NULL under two visits.
    median_gap_x2 INTEGER
);
INSERT INTO kept (name, n) VALUES ('totals_max_id', -1), ('totals_epoch', -1), ('totals_max_day', 0);
