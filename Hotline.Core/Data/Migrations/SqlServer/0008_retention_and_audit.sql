-- Retention (see Hotline.Core/Retention): a contact older than Retention:AnonymiseAfter loses its
-- personal data, while the fields the reports count stay. caller_number and caller_hash stay NOT
-- NULL as in SQLite: they become empty values, which already mean "no caller known" (see
-- CallStore); body and recording_url become NULL. anonymised_at says when.
ALTER TABLE dbo.contacts ADD anonymised_at DATETIME2(3) NULL;  -- UTC
GO

CREATE INDEX ix_contacts_not_anonymised ON dbo.contacts (received_at) WHERE anonymised_at IS NULL;
GO

-- Who did what, when: reads of a contact's personal data, acknowledgements, roster changes
-- (see Hotline.Core/Audit). Identifiers only, never a phone number or a text.
CREATE TABLE dbo.audit_log (
    id     BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_audit_log PRIMARY KEY,
    at     DATETIME2(3)   NOT NULL,
    actor  NVARCHAR(200)  NOT NULL,
    action NVARCHAR(200)  NOT NULL,
    target NVARCHAR(200)  NULL,
    detail NVARCHAR(1000) NULL
);

CREATE INDEX ix_audit_log_at ON dbo.audit_log (at);
