-- Who did what: each purchase, interaction, deal stage change (a deal's
-- opening is its first one), consent event and service request event
-- records who recorded it. On SQLite carnet writes the name it was given
-- (`CARNET_USER`, `user` in the config, else the OS login name); rows
-- written before this migration keep NULL (nobody is claimed for them).
-- The PostgreSQL twin defaults the column to CURRENT_USER, so raw SQL
-- there records its role too.
ALTER TABLE purchases ADD COLUMN recorded_by TEXT;
ALTER TABLE interactions ADD COLUMN recorded_by TEXT;
ALTER TABLE deal_stage_changes ADD COLUMN recorded_by TEXT;
ALTER TABLE consent_events ADD COLUMN recorded_by TEXT;
ALTER TABLE service_events ADD COLUMN recorded_by TEXT;

-- The consent chain's hash does not cover the new column (old chains must
-- still verify): the append-only rule does. Who recorded an event never
-- changes, whatever else a merge or an erasure may touch.
CREATE TRIGGER consent_events_recorder_fixed BEFORE UPDATE OF recorded_by ON consent_events
BEGIN SELECT RAISE(ABORT, 'consent history is append-only: record a new event instead'); END;
