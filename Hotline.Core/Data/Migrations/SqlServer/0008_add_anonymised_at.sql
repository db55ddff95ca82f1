-- Retention (see Hotline.Core/Retention): a contact older than Retention:AnonymiseAfter loses its
-- personal data, while the fields the reports count stay. caller_number and caller_hash stay NOT
-- NULL as in SQLite: they become empty values, which already mean "no caller known" (see
-- CallStore); body and recording_url become NULL. anonymised_at says when.
ALTER TABLE dbo.contacts ADD anonymised_at DATETIME2(3) NULL;  -- UTC
GO

CREATE INDEX ix_contacts_not_anonymised ON dbo.contacts (received_at) WHERE anonymised_at IS NULL;
