-- carnet schema, version 23: each customer's totals kept by the database
-- itself, and a refund is not a visit.
--
-- `customer_figures` says what a customer's row is, worked out from their
-- purchases; triggers on `purchases` write the affected customers' rows of
-- `customer_totals` from it in the same statement as the write, so no
-- write (carnet's own, or raw SQL from the sqlite3 shell) leaves them
-- behind. A bulk write may suspend the triggers with the `settings` row
-- `totals_suspended` and rebuild the rows before it commits.
--
-- The rule (README, "RFM"): a visit is a day with at least one sale (an
-- amount of zero or more); a refund (a negative amount) lowers the total
-- but adds no visit and moves neither the first nor the last visit. A day
-- with a sale and a refund is one visit whose amount is the day's net.
-- A contact with refunds only has no row.
--
-- Plain SQL both engines run (window functions, no WITH: SQLite refuses a
-- WITH inside a trigger). The view reads every purchase (a rebuild, and
-- the tests' full recomputation); each trigger repeats its query with the
-- contact's filter in the innermost SELECT, so that it reads that
-- contact's purchases only, whatever the engine's planner does.
DROP TABLE IF EXISTS customer_totals_blocks;
DROP INDEX IF EXISTS customer_totals_newest;
DROP INDEX IF EXISTS customer_totals_slipping;
DROP TABLE customer_totals;
-- The kept keys and the population's figures were trusted for a purchase
-- state carnet had to track by hand: the figures are now worked out when
-- read.
DROP TABLE IF EXISTS kept;
DROP TABLE IF EXISTS population_cache;

-- `purchase list --limit N`, newest first, reads the last N entries.
CREATE INDEX purchases_day_id ON purchases (day, id);
-- Renewals read one category's purchases: an index the database keeps over
-- every purchase with a category, where the config's cycles once chose
-- which categories a partial index covered (a config change then needed a
-- write).
DROP INDEX IF EXISTS purchases_renewal;
CREATE INDEX purchases_category ON purchases (category_id, contact_id, day) WHERE category_id IS NOT NULL;

CREATE VIEW customer_figures AS
-- One row per visit-or-refund day, numbered within the contact's visits
-- (`visit_no`, `gap` to the visit before) and its gaps in ascending order
-- (`gap_no`, from 1; the first visit, without a gap, is 0), then summed:
-- the median gap doubled is the middle gap twice, or the two middle ones.
SELECT contact_id,
       min(CASE WHEN visit = 1 THEN day END) AS first_day,
       max(CASE WHEN visit = 1 THEN day END) AS last_day,
       sum(visit) AS visits,
       sum(sales) AS purchase_rows,
       sum(net) AS total_cents,
       sum(CASE WHEN visit = 1 AND visit_no = 1 THEN net ELSE 0 END) AS first_visit_cents,
       sum(CASE WHEN visit = 1 AND gap_no BETWEEN (gaps + 1) / 2 AND (gaps + 2) / 2
                THEN gap * (1 + gaps % 2) END) AS median_gap_x2
FROM (
    SELECT contact_id, day, visit, sales, net, gap, visit_no,
           row_number() OVER (PARTITION BY contact_id, visit ORDER BY coalesce(gap, -1)) - 1 AS gap_no,
           count(*) OVER (PARTITION BY contact_id, visit) - 1 AS gaps
    FROM (
        SELECT contact_id, day, visit, sales, net,
               day - lag(day) OVER (PARTITION BY contact_id, visit ORDER BY day) AS gap,
               row_number() OVER (PARTITION BY contact_id, visit ORDER BY day) AS visit_no
        FROM (
            SELECT contact_id, day,
                   sum(amount_cents) AS net,
                   sum(CASE WHEN amount_cents >= 0 THEN 1 ELSE 0 END) AS sales,
                   max(CASE WHEN amount_cents >= 0 THEN 1 ELSE 0 END) AS visit
            FROM purchases
            GROUP BY contact_id, day
        ) AS days
    ) AS visits
) AS ranked
GROUP BY contact_id
HAVING sum(visit) > 0;

CREATE TABLE customer_totals (
    contact_id INTEGER PRIMARY KEY,
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    visits INTEGER NOT NULL,
    -- Sales rows (refunds are not counted).
    purchase_rows INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    first_visit_cents INTEGER NOT NULL,
    -- Twice the median gap between visits, in days; NULL under two visits.
    median_gap_x2 INTEGER
);
INSERT INTO customer_totals (contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, median_gap_x2)
SELECT contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, median_gap_x2 FROM customer_figures;

CREATE TRIGGER customer_totals_after_insert
AFTER INSERT ON purchases
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'totals_suspended')
BEGIN
    DELETE FROM customer_totals WHERE contact_id = NEW.contact_id;
    INSERT INTO customer_totals (contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, median_gap_x2)
    SELECT contact_id,
           min(CASE WHEN visit = 1 THEN day END) AS first_day,
           max(CASE WHEN visit = 1 THEN day END) AS last_day,
           sum(visit) AS visits,
           sum(sales) AS purchase_rows,
           sum(net) AS total_cents,
           sum(CASE WHEN visit = 1 AND visit_no = 1 THEN net ELSE 0 END) AS first_visit_cents,
           sum(CASE WHEN visit = 1 AND gap_no BETWEEN (gaps + 1) / 2 AND (gaps + 2) / 2
                    THEN gap * (1 + gaps % 2) END) AS median_gap_x2
    FROM (
        SELECT contact_id, day, visit, sales, net, gap, visit_no,
               row_number() OVER (PARTITION BY contact_id, visit ORDER BY coalesce(gap, -1)) - 1 AS gap_no,
               count(*) OVER (PARTITION BY contact_id, visit) - 1 AS gaps
        FROM (
            SELECT contact_id, day, visit, sales, net,
                   day - lag(day) OVER (PARTITION BY contact_id, visit ORDER BY day) AS gap,
                   row_number() OVER (PARTITION BY contact_id, visit ORDER BY day) AS visit_no
            FROM (
                SELECT contact_id, day,
                       sum(amount_cents) AS net,
                       sum(CASE WHEN amount_cents >= 0 THEN 1 ELSE 0 END) AS sales,
                       max(CASE WHEN amount_cents >= 0 THEN 1 ELSE 0 END) AS visit
                FROM purchases
                WHERE contact_id = NEW.contact_id
                GROUP BY contact_id, day
            ) AS days
        ) AS visits
    ) AS ranked
    GROUP BY contact_id
    HAVING sum(visit) > 0;
END;

CREATE TRIGGER customer_totals_after_delete
AFTER DELETE ON purchases
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'totals_suspended')
BEGIN
    DELETE FROM customer_totals WHERE contact_id = OLD.contact_id;
    INSERT INTO customer_totals (contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, median_gap_x2)
    SELECT contact_id,
           min(CASE WHEN visit = 1 THEN day END) AS first_day,
           max(CASE WHEN visit = 1 THEN day END) AS last_day,
           sum(visit) AS visits,
           sum(sales) AS purchase_rows,
           sum(net) AS total_cents,
           sum(CASE WHEN visit = 1 AND visit_no = 1 THEN net ELSE 0 END) AS first_visit_cents,
           sum(CASE WHEN visit = 1 AND gap_no BETWEEN (gaps + 1) / 2 AND (gaps + 2) / 2
                    THEN gap * (1 + gaps % 2) END) AS median_gap_x2
    FROM (
        SELECT contact_id, day, visit, sales, net, gap, visit_no,
               row_number() OVER (PARTITION BY contact_id, visit ORDER BY coalesce(gap, -1)) - 1 AS gap_no,
               count(*) OVER (PARTITION BY contact_id, visit) - 1 AS gaps
        FROM (
            SELECT contact_id, day, visit, sales, net,
                   day - lag(day) OVER (PARTITION BY contact_id, visit ORDER BY day) AS gap,
                   row_number() OVER (PARTITION BY contact_id, visit ORDER BY day) AS visit_no
            FROM (
                SELECT contact_id, day,
                       sum(amount_cents) AS net,
                       sum(CASE WHEN amount_cents >= 0 THEN 1 ELSE 0 END) AS sales,
                       max(CASE WHEN amount_cents >= 0 THEN 1 ELSE 0 END) AS visit
                FROM purchases
                WHERE contact_id = OLD.contact_id
                GROUP BY contact_id, day
            ) AS days
        ) AS visits
    ) AS ranked
    GROUP BY contact_id
    HAVING sum(visit) > 0;
END;

CREATE TRIGGER customer_totals_after_update
AFTER UPDATE OF contact_id, day, amount_cents, category_id, channel ON purchases
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'totals_suspended')
BEGIN
    DELETE FROM customer_totals WHERE contact_id IN (OLD.contact_id, NEW.contact_id);
    INSERT INTO customer_totals (contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, median_gap_x2)
    SELECT contact_id,
           min(CASE WHEN visit = 1 THEN day END) AS first_day,
           max(CASE WHEN visit = 1 THEN day END) AS last_day,
           sum(visit) AS visits,
           sum(sales) AS purchase_rows,
           sum(net) AS total_cents,
           sum(CASE WHEN visit = 1 AND visit_no = 1 THEN net ELSE 0 END) AS first_visit_cents,
           sum(CASE WHEN visit = 1 AND gap_no BETWEEN (gaps + 1) / 2 AND (gaps + 2) / 2
                    THEN gap * (1 + gaps % 2) END) AS median_gap_x2
    FROM (
        SELECT contact_id, day, visit, sales, net, gap, visit_no,
               row_number() OVER (PARTITION BY contact_id, visit ORDER BY coalesce(gap, -1)) - 1 AS gap_no,
               count(*) OVER (PARTITION BY contact_id, visit) - 1 AS gaps
        FROM (
            SELECT contact_id, day, visit, sales, net,
                   day - lag(day) OVER (PARTITION BY contact_id, visit ORDER BY day) AS gap,
                   row_number() OVER (PARTITION BY contact_id, visit ORDER BY day) AS visit_no
            FROM (
                SELECT contact_id, day,
                       sum(amount_cents) AS net,
                       sum(CASE WHEN amount_cents >= 0 THEN 1 ELSE 0 END) AS sales,
                       max(CASE WHEN amount_cents >= 0 THEN 1 ELSE 0 END) AS visit
                FROM purchases
                WHERE contact_id IN (OLD.contact_id, NEW.contact_id)
                GROUP BY contact_id, day
            ) AS days
        ) AS visits
    ) AS ranked
    GROUP BY contact_id
    HAVING sum(visit) > 0;
END;
