-- Retention (see Hotline.Core/Retention): a contact older than Retention:AnonymiseAfter loses its
-- personal data, while the fields the reports count stay. caller_number and caller_hash are NOT NULL
-- and SQLite cannot relax that without rebuilding a table that alerts and voice_calls reference, so
-- they become empty values, which already mean "no caller known" (see CallStore); body and
-- recording_url become NULL. anonymised_at says when, and keeps a row from being done twice.
ALTER TABLE contacts ADD COLUMN anonymised_at TEXT NULL;  -- UTC

CREATE INDEX ix_contacts_not_anonymised ON contacts (received_at) WHERE anonymised_at IS NULL;

-- Who did what, when: reads of a contact's personal data, acknowledgements, roster changes
-- (see Hotline.Core/Audit). Identifiers only, never a phone number or a text.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at     TEXT NOT NULL,  -- UTC
    actor  TEXT NOT NULL,  -- the signed-in user, or staff:12 for an SMS
    action TEXT NOT NULL,  -- e.g. POST /api/staff/{id}, contact.read
    target TEXT NULL,      -- e.g. id=12, contact:345
    detail TEXT NULL       -- never personal data
);

CREATE INDEX ix_audit_log_at ON audit_log (at);
