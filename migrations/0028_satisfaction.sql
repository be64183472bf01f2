-- carnet schema, version 28: what customers think (issue 30).
--
-- One row per answer to a survey: the NPS question (0–10) or a 1–5 scale.
-- `about` names what the answer is about (`service:12`), as text: the
-- reference is checked by the command, not by a foreign key.
CREATE TABLE satisfaction_answers (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    scale      TEXT NOT NULL CHECK (scale IN ('nps', '5')),
    score      INTEGER NOT NULL CHECK (
        (scale = 'nps' AND score BETWEEN 0 AND 10) OR (scale = '5' AND score BETWEEN 1 AND 5)
    ),
    about      TEXT,
    comment    TEXT,
    created_at TEXT NOT NULL
);
-- Each customer's latest answer (the loyalty matrix) and their history.
CREATE INDEX satisfaction_contact_day ON satisfaction_answers (contact_id, day, id);
-- The answers of a period (the report, the call-backs in `remind`).
CREATE INDEX satisfaction_day ON satisfaction_answers (day);
