-- carnet schema, version 23 (PostgreSQL): each customer's totals kept by
-- the database itself, and a refund is not a visit (the rule and the
-- reasons: migrations/0023_totals_kept_by_the_database.sql).
--
-- The view is SQLite's, its sums cast back to BIGINT (PostgreSQL's sum of
-- BIGINT is NUMERIC), so a row of it reads as i64 on both engines. The
-- triggers are PL/pgSQL: one per kind of write, as in SQLite, but each
-- runs once per statement, over the contacts its rows touched (its
-- transition tables), and refreshes their rows with the same query with
-- the contacts' filter in the innermost SELECT. The `settings` row
-- `totals_suspended` turns them off for a bulk write, as in SQLite.
DROP TABLE IF EXISTS customer_totals_blocks;
DROP INDEX IF EXISTS customer_totals_newest;
DROP INDEX IF EXISTS customer_totals_slipping;
DROP TABLE customer_totals;
DROP TABLE IF EXISTS kept;
DROP TABLE IF EXISTS population_cache;

-- `purchase list --limit N`, newest first, reads the last N entries.
CREATE INDEX purchases_day_id ON purchases (day, id);
DROP INDEX IF EXISTS purchases_renewal;
CREATE INDEX purchases_category ON purchases (category_id, contact_id, day) WHERE category_id IS NOT NULL;

CREATE VIEW customer_figures AS
SELECT contact_id,
       min(CASE WHEN visit = 1 THEN day END) AS first_day,
       max(CASE WHEN visit = 1 THEN day END) AS last_day,
       CAST(sum(visit) AS BIGINT) AS visits,
       CAST(sum(sales) AS BIGINT) AS purchase_rows,
       CAST(sum(net) AS BIGINT) AS total_cents,
       CAST(sum(CASE WHEN visit = 1 AND visit_no = 1 THEN net ELSE 0 END) AS BIGINT) AS first_visit_cents,
       CAST(sum(CASE WHEN visit = 1 AND gap_no BETWEEN (gaps + 1) / 2 AND (gaps + 2) / 2
                THEN gap * (1 + gaps % 2) END) AS BIGINT) AS median_gap_x2
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
    contact_id BIGINT PRIMARY KEY,
    first_day BIGINT NOT NULL,
    last_day BIGINT NOT NULL,
    visits BIGINT NOT NULL,
    -- Sales rows (refunds are not counted).
    purchase_rows BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    first_visit_cents BIGINT NOT NULL,
    -- Twice the median gap between visits, in days; NULL under two visits.
    median_gap_x2 BIGINT
);
INSERT INTO customer_totals (contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, median_gap_x2)
SELECT contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, median_gap_x2 FROM customer_figures;

-- The rows of these contacts, worked out again from their purchases only.
CREATE FUNCTION customer_totals_refresh(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM customer_totals WHERE contact_id = ANY (ids);
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
                WHERE contact_id = ANY (ids)
                GROUP BY contact_id, day
            ) AS days
        ) AS visits
    ) AS ranked
    GROUP BY contact_id
    HAVING sum(visit) > 0;
END
$$;

CREATE FUNCTION customer_totals_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM settings WHERE key = 'totals_suspended') THEN
        PERFORM customer_totals_refresh(ARRAY(SELECT DISTINCT contact_id FROM new_rows));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER customer_totals_after_insert
AFTER INSERT ON purchases REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION customer_totals_after_insert();

CREATE FUNCTION customer_totals_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM settings WHERE key = 'totals_suspended') THEN
        PERFORM customer_totals_refresh(ARRAY(SELECT DISTINCT contact_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER customer_totals_after_delete
AFTER DELETE ON purchases REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION customer_totals_after_delete();

-- SQLite's fires on an UPDATE OF contact_id, day, amount_cents,
-- category_id or channel; PostgreSQL allows no column list beside
-- transition tables, so this one fires on every UPDATE of purchases and
-- refreshes the contacts whose rows changed in one of those columns.
CREATE FUNCTION customer_totals_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM settings WHERE key = 'totals_suspended') THEN
        PERFORM customer_totals_refresh(ARRAY(
            SELECT o.contact_id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.contact_id, o.day, o.amount_cents, o.category_id, o.channel)
                  IS DISTINCT FROM (n.contact_id, n.day, n.amount_cents, n.category_id, n.channel)
            UNION
            SELECT n.contact_id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.contact_id, o.day, o.amount_cents, o.category_id, o.channel)
                  IS DISTINCT FROM (n.contact_id, n.day, n.amount_cents, n.category_id, n.channel)
            -- A row whose id changed: its contact, both ways.
            UNION
            SELECT o.contact_id FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)
            UNION
            SELECT n.contact_id FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id)));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER customer_totals_after_update
AFTER UPDATE ON purchases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION customer_totals_after_update();
