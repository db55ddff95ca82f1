-- One row per contact: an SMS or (later) a call. The caller's number and the text are encrypted
-- by the application (see PersonalDataProtector); key_id names the key that did it.
CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    channel       TEXT    NOT NULL CHECK (channel IN ('sms', 'voice')),
    source_sid    TEXT    NOT NULL,  -- Twilio's MessageSid or CallSid: the idempotency key
    received_at   TEXT    NOT NULL,  -- UTC, when the webhook arrived
    caller_hash   BLOB    NOT NULL,  -- HMAC-SHA256 of the number: links repeat callers
    caller_number BLOB    NOT NULL,  -- AES-256-GCM
    body          BLOB    NULL,      -- AES-256-GCM
    key_id        TEXT    NOT NULL,
    stored_at     TEXT    NOT NULL   -- UTC
);

CREATE UNIQUE INDEX ux_contacts_source_sid ON contacts (source_sid);
CREATE INDEX ix_contacts_received_at ON contacts (received_at);
CREATE INDEX ix_contacts_caller_hash ON contacts (caller_hash);
