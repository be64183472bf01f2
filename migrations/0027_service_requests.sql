-- carnet schema, version 27: service requests (repairs, alterations,
-- orders to collect, complaints) and their history.
--
-- A request moves through the shop's open statuses (`[service] statuses`,
-- `ready` among them) and is closed as `collected` or `cancelled`. Days
-- are day numbers, as purchases' are; money is in cents.
CREATE TABLE service_requests (
    id            INTEGER PRIMARY KEY,
    contact_id    INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    what          TEXT NOT NULL,
    status        TEXT NOT NULL,
    opened_day    INTEGER NOT NULL,
    promised_day  INTEGER,
    quote_cents   INTEGER,
    charge_cents  INTEGER,
    -- The day it last became ready (cleared when it goes back to work).
    ready_day     INTEGER,
    -- The day the shop first answered (a note or a move): complaints
    -- without one are reminded.
    answered_day  INTEGER,
    -- Set when collected or cancelled.
    closed_day    INTEGER,
    -- The purchase `service close --collected --charge` recorded.
    purchase_id   INTEGER REFERENCES purchases (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX service_requests_contact ON service_requests (contact_id);
-- The open requests: listings, the reminders and the report read only these.
CREATE INDEX service_requests_open ON service_requests (status, opened_day) WHERE closed_day IS NULL;
CREATE INDEX service_requests_closed ON service_requests (closed_day) WHERE closed_day IS NOT NULL;

-- Moves between statuses and notes, in order.
CREATE TABLE service_events (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES service_requests (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    day          INTEGER NOT NULL,
    from_status  TEXT,
    to_status    TEXT,
    note         TEXT
);
CREATE INDEX service_events_request ON service_events (request_id);
