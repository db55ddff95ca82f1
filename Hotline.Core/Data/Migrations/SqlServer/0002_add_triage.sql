-- The triage of each contact (shared/triage/taxonomy.md), written once by the triage consumer.
-- Labels, not personal data: the reports count them.
ALTER TABLE dbo.contacts ADD
    category           VARCHAR(32)   NULL,
    urgency            VARCHAR(16)   NULL,
    caller_role        VARCHAR(16)   NULL,
    contact_safety     VARCHAR(16)   NULL,
    language           VARCHAR(8)    NULL,
    indicators         VARCHAR(1000) NULL,  -- indicator ids, comma-separated
    interpreter_needed BIT           NULL,
    triaged_at         DATETIME2(3)  NULL;  -- UTC; null until triaged
