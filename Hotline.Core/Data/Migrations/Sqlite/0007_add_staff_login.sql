-- Links a staff member to the user who signs in to the dashboard: the token's name (its `sub` or
-- name claim). Null for staff who only get SMS. One login belongs to one staff member.
ALTER TABLE staff ADD COLUMN login TEXT NULL;

CREATE UNIQUE INDEX ux_staff_login ON staff (login) WHERE login IS NOT NULL;

-- The dashboard's duty view looks up the alerts sent to one staff member.
CREATE INDEX ix_alert_deliveries_staff_id ON alert_deliveries (staff_id, alert_id) WHERE kind = 'alert';
