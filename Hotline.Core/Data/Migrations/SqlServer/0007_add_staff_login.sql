-- Links a staff member to the user who signs in to the dashboard: the token's name (its `sub` or
-- name claim). Null for staff who only get SMS. One login belongs to one staff member.
-- Compared exactly, as SQLite does and as an OIDC `sub` is meant: a binary collation.
ALTER TABLE dbo.staff ADD login NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NULL;
GO

CREATE UNIQUE INDEX ux_staff_login ON dbo.staff (login) WHERE login IS NOT NULL;

-- The dashboard's duty view looks up the alerts sent to one staff member.
CREATE INDEX ix_alert_deliveries_staff_id ON dbo.alert_deliveries (staff_id, alert_id) WHERE kind = 'alert';
