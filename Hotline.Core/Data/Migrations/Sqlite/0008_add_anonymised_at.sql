-- Retention (see Hotline.Core/Retention): a contact older than Retention:AnonymiseAfter loses its
-- personal data, while the fields the reports count stay. caller_number and caller_hash are NOT NULL
-- and SQLite cannot relax that without rebuilding a table that alerts and voice_calls reference, so
-- they become empty values, which already mean "no caller known" (see CallStore); body and
-- recording_url become NULL. anonymised_at says when, and keeps a row from being done twice.
ALTER TABLE contacts ADD COLUMN anonymised_at TEXT NULL;  -- UTC

CREATE INDEX ix_contacts_not_anonymised ON contacts (received_at) WHERE anonymised_at IS NULL;
