-- One row per contact: an SMS or (later) a call. The caller's number and the text are encrypted
-- by the application (see PersonalDataProtector); key_id names the key that did it.
CREATE TABLE dbo.contacts (
    id            BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_contacts PRIMARY KEY,
    channel       VARCHAR(8)     NOT NULL CONSTRAINT ck_contacts_channel CHECK (channel IN ('sms', 'voice')),
    source_sid    VARCHAR(64)    NOT NULL,  -- Twilio's MessageSid or CallSid: the idempotency key
    received_at   DATETIME2(3)   NOT NULL,  -- UTC, when the webhook arrived
    caller_hash   VARBINARY(32)  NOT NULL,  -- HMAC-SHA256 of the number: links repeat callers
    caller_number VARBINARY(256) NOT NULL,  -- AES-256-GCM
    body          VARBINARY(MAX) NULL,      -- AES-256-GCM
    key_id        VARCHAR(32)    NOT NULL,
    stored_at     DATETIME2(3)   NOT NULL   -- UTC
);

CREATE UNIQUE INDEX ux_contacts_source_sid ON dbo.contacts (source_sid);
CREATE INDEX ix_contacts_received_at ON dbo.contacts (received_at);
CREATE INDEX ix_contacts_caller_hash ON dbo.contacts (caller_hash);
