-- One alert per contact that needs a person, escalated step by step until acknowledged.
-- The escalation state lives here, not in a worker's memory: it survives restarts, and a step is
-- claimed by a conditional UPDATE of (id, step), so that with several workers each step is taken once.
CREATE TABLE dbo.alerts (
    id                 BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_alerts PRIMARY KEY,
    contact_id         BIGINT       NOT NULL CONSTRAINT fk_alerts_contacts REFERENCES dbo.contacts (id),
    code               VARCHAR(8)   NOT NULL,  -- the short code staff answer with: OK 4821
    channel            VARCHAR(8)   NOT NULL,
    category           VARCHAR(32)  NOT NULL,
    urgency            VARCHAR(16)  NOT NULL,
    language           VARCHAR(8)   NOT NULL,
    contact_safety     VARCHAR(16)  NOT NULL,
    interpreter_needed BIT          NOT NULL,
    step               INT          NOT NULL,  -- the last step taken; -1 before the first
    next_step_at       DATETIME2(3) NOT NULL,  -- UTC: when the next step is due unless acknowledged
    created_at         DATETIME2(3) NOT NULL,
    acknowledged_at    DATETIME2(3) NULL,
    acknowledged_by    VARCHAR(128) NULL,      -- 'staff:12' (by SMS) or 'user:<name>' (through the API)
    closed_at          DATETIME2(3) NULL       -- acknowledged, or unanswered after every round
);

CREATE UNIQUE INDEX ux_alerts_contact_id ON dbo.alerts (contact_id);
CREATE UNIQUE INDEX ux_alerts_open_code ON dbo.alerts (code) WHERE closed_at IS NULL;
CREATE INDEX ix_alerts_due ON dbo.alerts (next_step_at) WHERE closed_at IS NULL;

-- Every SMS to staff (alerts, confirmations, daily summaries), written before it is sent: a worker that dies
-- mid-send leaves a row whose lease runs out, and another worker sends it.
CREATE TABLE dbo.alert_deliveries (
    id               BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_alert_deliveries PRIMARY KEY,
    alert_id         BIGINT         NULL CONSTRAINT fk_alert_deliveries_alerts REFERENCES dbo.alerts (id),
    step             INT            NOT NULL,
    staff_id         BIGINT         NOT NULL,
    kind             VARCHAR(8)     NOT NULL CONSTRAINT ck_alert_deliveries_kind CHECK (kind IN ('alert', 'reply', 'summary')),
    to_number        VARBINARY(256) NOT NULL,  -- AES-256-GCM
    key_id           VARCHAR(32)    NOT NULL,
    body             NVARCHAR(800)  NOT NULL,  -- no personal data of the caller
    validity_seconds INT            NULL,
    dedup_key        VARCHAR(64)    NULL,      -- a reply: the MessageSid it answers; a summary: summary:<day>:<staff>
    status           VARCHAR(16)    NOT NULL,  -- pending, sending, sent, delivered, read, undelivered, failed
    message_sid      VARCHAR(64)    NULL,
    error_code       INT            NULL,
    attempts         INT            NOT NULL,
    next_attempt_at  DATETIME2(3)   NOT NULL,
    lease_until      DATETIME2(3)   NULL,
    created_at       DATETIME2(3)   NOT NULL,
    updated_at       DATETIME2(3)   NOT NULL
);

CREATE UNIQUE INDEX ux_alert_deliveries_step ON dbo.alert_deliveries (alert_id, step, staff_id) WHERE kind = 'alert';
CREATE UNIQUE INDEX ux_alert_deliveries_dedup_key ON dbo.alert_deliveries (dedup_key) WHERE dedup_key IS NOT NULL;
CREATE UNIQUE INDEX ux_alert_deliveries_message_sid ON dbo.alert_deliveries (message_sid) WHERE message_sid IS NOT NULL;
CREATE INDEX ix_alert_deliveries_due ON dbo.alert_deliveries (next_attempt_at) WHERE status IN ('pending', 'sending');

-- One row per local day whose summary of contacts without signs of trafficking was sent: the
-- claim that keeps several workers from sending it twice.
CREATE TABLE dbo.daily_summaries (
    day     CHAR(10)     NOT NULL CONSTRAINT pk_daily_summaries PRIMARY KEY,  -- yyyy-MM-dd in Europe/Copenhagen
    sent_at DATETIME2(3) NOT NULL
);
