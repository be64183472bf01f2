-- carnet schema, version 31: the figures a contact's card is placed among,
-- kept for big shops.
--
-- `contact show` scores one customer among all the others (RFM score
-- bounds, the value matrix's means, the lifetime-value fit). On a big shop
-- working those out at read takes longer than a card may, so the writes
-- that change many customers at once (an import, its undo, the demo) and
-- `carnet report refresh` work them out again, in a transaction of their
-- own, and keep them here; a sale at the counter leaves them. The card
-- says which day they are of and how many purchases came since (the
-- purchases with an id above `last_purchase_id`). Small shops (fewer
-- customers than the threshold in `app::population`) are worked out at
-- read, exactly, whatever this table holds. One row at most.
CREATE TABLE population (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    -- The day the figures are of (a day number, as purchases.day).
    as_of INTEGER NOT NULL,
    -- The highest purchase id then (0 with no purchase).
    last_purchase_id INTEGER NOT NULL,
    -- How many customers they were worked out over.
    customers INTEGER NOT NULL,
    -- The value matrix's activity window they were worked out with (the
    -- config's `value_matrix.active_days`): a card read with another one
    -- works its figures out afresh.
    active_days INTEGER NOT NULL,
    -- JSON: per score the lowest and highest value and how many
    -- customers, the value matrix's sums, the two models' parameters.
    figures TEXT NOT NULL
);
