#!/usr/bin/env python3
"""The same rule as `carnet report rfm --customers --format csv` in DuckDB,
over its own file (loaded once beforehand, not timed): the query and the
CSV it writes. Benchmark only.
    python3 bench/rfm_duckdb.py load purchases.csv file.duckdb
    python3 bench/rfm_duckdb.py run file.duckdb AS_OF out.csv"""
import sys
import duckdb

if sys.argv[1] == "load":
    con = duckdb.connect(sys.argv[3])
    con.execute("CREATE OR REPLACE TABLE purchases AS SELECT customer_id::VARCHAR AS customer_id, date::DATE AS day, "
                "CAST(round(amount * 100) AS BIGINT) AS cents FROM read_csv(?, types={'customer_id': 'VARCHAR'})", [sys.argv[2]])
    sys.exit(0)
con = duckdb.connect(sys.argv[2], read_only=True)
as_of, out = sys.argv[3], sys.argv[4]
con.execute(f"""COPY (
WITH c AS (
  SELECT customer_id, min(day) AS first_purchase, max(day) AS last_purchase,
         count(DISTINCT day) AS frequency, sum(cents) AS cents,
         (DATE '{as_of}' - max(day)) AS recency_days
  FROM purchases WHERE day <= DATE '{as_of}' GROUP BY customer_id),
s AS (
  SELECT *, count(*) OVER () AS n,
    count(*) OVER (ORDER BY recency_days DESC RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS r_below,
    count(*) OVER (ORDER BY frequency RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS f_below,
    count(*) OVER (ORDER BY cents RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS m_below
  FROM c),
q AS (SELECT *, 1 + (5 * r_below) // n AS r, 1 + (5 * f_below) // n AS f, 1 + (5 * m_below) // n AS m FROM s)
SELECT customer_id, first_purchase, last_purchase, recency_days, frequency,
  cents / 100.0 AS monetary_total, round(cents / 100.0 / frequency, 2) AS monetary_avg, r, f, m,
  CASE WHEN r <= 2 THEN CASE WHEN f <= 2 THEN 'Hibernating' WHEN f <= 4 THEN 'At Risk' ELSE 'Can''t Lose Them' END
       WHEN r = 3 THEN CASE WHEN f <= 2 THEN 'About To Sleep' WHEN f = 3 THEN 'Need Attention' ELSE 'Loyal Customers' END
       WHEN r = 4 THEN CASE WHEN f = 1 THEN 'Promising' WHEN f <= 3 THEN 'Potential Loyalist' ELSE 'Loyal Customers' END
       ELSE CASE WHEN f = 1 THEN 'New Customers' WHEN f <= 3 THEN 'Potential Loyalist' ELSE 'Champions' END END AS segment
FROM q ORDER BY customer_id) TO '{out}' (HEADER)""")
