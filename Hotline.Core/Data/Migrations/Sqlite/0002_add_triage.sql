-- The triage of each contact (shared/triage/taxonomy.md), written once by the triage consumer.
-- Labels, not personal data: the reports count them.
ALTER TABLE contacts ADD COLUMN category TEXT NULL;
ALTER TABLE contacts ADD COLUMN urgency TEXT NULL;
ALTER TABLE contacts ADD COLUMN caller_role TEXT NULL;
ALTER TABLE contacts ADD COLUMN contact_safety TEXT NULL;
ALTER TABLE contacts ADD COLUMN language TEXT NULL;
ALTER TABLE contacts ADD COLUMN indicators TEXT NULL;  -- indicator ids, comma-separated
ALTER TABLE contacts ADD COLUMN interpreter_needed INTEGER NULL;
ALTER TABLE contacts ADD COLUMN triaged_at TEXT NULL;  -- UTC; null until triaged
