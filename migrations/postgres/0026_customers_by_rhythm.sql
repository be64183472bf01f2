-- carnet schema, version 26 (PostgreSQL): regular customers by their
-- rhythm (see migrations/0026_customers_by_rhythm.sql).
CREATE INDEX customer_totals_rhythm ON customer_totals (median_gap_x2, last_day) WHERE visits >= 3;
