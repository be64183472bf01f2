-- carnet schema, version 26: regular customers by their rhythm.
--
-- `remind` looks for the regulars (3 visits or more, see
-- domain::rhythm::MIN_VISITS) whose time since their last visit goes past
-- `slipping_factor` times their median gap. The factor is the config's, so
-- the crossing day cannot be indexed; the gap and the last visit can: for
-- each gap, the customers crossing in a window are one range of last
-- visits. A few thousand index ranges instead of every customer's row.
CREATE INDEX customer_totals_rhythm ON customer_totals (median_gap_x2, last_day)
    WHERE visits >= 3 AND median_gap_x2 > 0;
