-- One alert per contact that needs a person, escalated step by step until acknowledged.
-- The escalation state lives here, not in a worker's memory: it survives restarts, and a step is
-- claimed by a conditional UPDATE of (id, step), so that with several workers each step is taken once.
CREATE TABLE alerts (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id         INTEGER NOT NULL REFERENCES contacts (id),
    code               TEXT    NOT NULL,  -- the short code staff answer with: OK 4821
    channel            TEXT    NOT NULL,
    category           TEXT    NOT NULL,
    urgency            TEXT    NOT NULL,
    language           TEXT    NOT NULL,
    contact_safety     TEXT    NOT NULL,
    interpreter_needed INTEGER NOT NULL,
    step               INTEGER NOT NULL,  -- the last step taken; -1 before the first
    next_step_at       TEXT    NOT NULL,  -- UTC: when the next step is due unless acknowledged
    created_at         TEXT    NOT NULL,
    acknowledged_at    TEXT    NULL,
    acknowledged_by    TEXT    NULL,      -- 'staff:12' (by SMS) or 'user:<name>' (through the API)
    closed_at          TEXT    NULL       -- acknowledged, or unanswered after every round
);

CREATE UNIQUE INDEX ux_alerts_contact_id ON alerts (contact_id);
CREATE UNIQUE INDEX ux_alerts_open_code ON alerts (code) WHERE closed_at IS NULL;
CREATE INDEX ix_alerts_due ON alerts (next_step_at) WHERE closed_at IS NULL;

-- Every SMS to staff (alerts, confirmations, daily summaries), written before it is sent: a worker that dies
-- mid-send leaves a row whose lease runs out, and another worker sends it.
CREATE TABLE alert_deliveries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id         INTEGER NULL REFERENCES alerts (id),
    step             INTEGER NOT NULL,
    staff_id         INTEGER NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('alert', 'reply', 'summary')),
    to_number        BLOB    NOT NULL,  -- AES-256-GCM
    key_id           TEXT    NOT NULL,
    body             TEXT    NOT NULL,  -- no personal data of the caller
    validity_seconds INTEGER NULL,
    dedup_key        TEXT    NULL,      -- a reply: the MessageSid it answers; a summary: summary:<day>:<staff>
    status           TEXT    NOT NULL,  -- pending, sending, sent, delivered, read, undelivered, failed
    message_sid      TEXT    NULL,
    error_code       INTEGER NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TEXT    NOT NULL,
    lease_until      TEXT    NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE UNIQUE INDEX ux_alert_deliveries_step ON alert_deliveries (alert_id, step, staff_id) WHERE kind = 'alert';
CREATE UNIQUE INDEX ux_alert_deliveries_dedup_key ON alert_deliveries (dedup_key) WHERE dedup_key IS NOT NULL;
CREATE UNIQUE INDEX ux_alert_deliveries_message_sid ON alert_deliveries (message_sid) WHERE message_sid IS NOT NULL;
CREATE INDEX ix_alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE status IN ('pending', 'sending');

-- One row per local day whose summary of contacts without signs of trafficking was sent: the
-- claim that keeps several workers from sending it twice.
CREATE TABLE daily_summaries (
    day     TEXT NOT NULL PRIMARY KEY,  -- yyyy-MM-dd in Europe/Copenhagen
    sent_at TEXT NOT NULL
);
