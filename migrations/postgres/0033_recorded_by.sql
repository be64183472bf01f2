-- Who did what: the PostgreSQL twin of migrations/0033_recorded_by.sql.
-- The column is added without a default first, so rows written before
-- keep NULL (as on SQLite: nobody is claimed for them), then given
-- CURRENT_USER as its default, so every later row records the role that
-- wrote it, raw SQL included.
ALTER TABLE purchases ADD COLUMN recorded_by TEXT COLLATE "C";
ALTER TABLE purchases ALTER COLUMN recorded_by SET DEFAULT CURRENT_USER;
ALTER TABLE interactions ADD COLUMN recorded_by TEXT COLLATE "C";
ALTER TABLE interactions ALTER COLUMN recorded_by SET DEFAULT CURRENT_USER;
ALTER TABLE deal_stage_changes ADD COLUMN recorded_by TEXT COLLATE "C";
ALTER TABLE deal_stage_changes ALTER COLUMN recorded_by SET DEFAULT CURRENT_USER;
ALTER TABLE consent_events ADD COLUMN recorded_by TEXT COLLATE "C";
ALTER TABLE consent_events ALTER COLUMN recorded_by SET DEFAULT CURRENT_USER;
ALTER TABLE service_events ADD COLUMN recorded_by TEXT COLLATE "C";
ALTER TABLE service_events ALTER COLUMN recorded_by SET DEFAULT CURRENT_USER;

-- The consent chain's hash does not cover the new column: the append-only
-- rule does.
CREATE TRIGGER consent_events_recorder_fixed BEFORE UPDATE OF recorded_by ON consent_events
FOR EACH ROW EXECUTE FUNCTION carnet_refuse('consent history is append-only: record a new event instead');
