-- carnet schema, version 29: the loyalty card (issue 30).
--
-- Balances are never kept: they are worked out from the purchases and the
-- redemptions (`loyalty_events`), with the config's rules (points per
-- euro, stamps, expiry) applied when read. A refund is a negative
-- purchase and takes its points back; an undone import or a removed
-- purchase takes its points with it; a merge moves both lists.
CREATE TABLE loyalty_members (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    -- Purchases earn from this day on.
    joined_day INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE loyalty_redemptions (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    reward     TEXT NOT NULL,
    points     INTEGER NOT NULL CHECK (points > 0),
    created_at TEXT NOT NULL
);
CREATE INDEX loyalty_redemptions_contact ON loyalty_redemptions (contact_id, day);

-- What a member's balance is made of, in no kept order: their purchases
-- from the day they joined (imported or not: the config decides whether
-- imported ones earn) and their redemptions.
CREATE VIEW loyalty_events AS
SELECT p.contact_id AS contact_id, p.day AS day, 'purchase' AS kind, p.id AS ref_id,
       p.amount_cents AS amount, CASE WHEN p.batch_id IS NULL THEN 0 ELSE 1 END AS imported, '' AS reward
FROM loyalty_members m JOIN purchases p ON p.contact_id = m.contact_id AND p.day >= m.joined_day
UNION ALL
SELECT r.contact_id, r.day, 'redemption', r.id, r.points, 0, r.reward
FROM loyalty_redemptions r;
