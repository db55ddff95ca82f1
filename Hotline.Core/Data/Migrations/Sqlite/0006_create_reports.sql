-- The analysts' figures, counted as the facts are written instead of when a report is asked for.
-- Measured on SQLite (Hotline.Bench -- reports): the figures of a year of a million contacts by
-- GROUP BY over contacts take about as long as any scan of a million rows (seconds on a busy
-- machine), and so did a table of every combination of labels (tens of thousands of rows a year).
-- These tables hold one row per month and label, a few hundred a year whatever the volume.
-- Triggers keep them, so every path that stores a contact, its triage, a call's outcome or an
-- alert is counted, including those other features add later. Nothing is taken off when a row is
-- deleted: the figures outlive the personal data when it is removed after the retention period.
--
-- local_month is the calendar month in Europe/Copenhagen. SQLite knows no time zones, so the
-- offset is the EU rule: a UTC instant can only fall into the next local month in the last two
-- hours of its UTC month, and then the offset is +02:00 at the end of March to September (summer
-- time began on the last Sunday of March at 01:00 UTC, before 31 March 22:00) and +01:00 at the end
-- of October to February (it ended on the last Sunday of October at 01:00 UTC). Hotline.Tests
-- checks it against TimeZoneInfo near every month end from 2019 to 2031. '' is the label of what
-- is not known (not triaged, no outcome), since NULLs would never match in the primary key.

-- The breakdowns a report gives: every contact counts once in each.
CREATE TABLE report_dimensions (
    dimension TEXT NOT NULL PRIMARY KEY
);

INSERT INTO report_dimensions (dimension) VALUES ('channel'), ('category'), ('urgency'), ('caller_role'), ('language'), ('outcome');

CREATE TABLE report_label_counts (
    local_month TEXT    NOT NULL,  -- yyyy-MM of received_at in Europe/Copenhagen
    dimension   TEXT    NOT NULL,  -- channel, category, urgency, caller_role, language, outcome
    label       TEXT    NOT NULL,  -- outcome: answered, missed, voicemail; '' for SMS and calls going on
    contacts    INTEGER NOT NULL,
    PRIMARY KEY (local_month, dimension, label)
) WITHOUT ROWID;

-- Alerts by the month they were raised in, how long they took to be acknowledged (whole seconds,
-- -1 while not acknowledged) and whether they went beyond their first step.
CREATE TABLE report_alert_counts (
    local_month TEXT    NOT NULL,
    ack_seconds INTEGER NOT NULL,
    escalated   INTEGER NOT NULL,
    alerts      INTEGER NOT NULL,
    PRIMARY KEY (local_month, ack_seconds, escalated)
) WITHOUT ROWID;

-- Contacts from before the service (import-contacts): labels only, no personal data, so they never
-- go into contacts. row_key makes a re-run of the same file import nothing twice: the CSV's
-- source_id when it has one, else a SHA-256 of the line number and the row's values.
CREATE TABLE historical_contacts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    row_key     TEXT    NOT NULL,
    source_file TEXT    NOT NULL,  -- the file's name, for tracing a figure back
    line        INTEGER NOT NULL,
    received_at TEXT    NOT NULL,  -- UTC
    channel     TEXT    NOT NULL CHECK (channel IN ('sms', 'voice')),
    category    TEXT    NULL,
    urgency     TEXT    NULL,
    caller_role TEXT    NULL,
    language    TEXT    NULL,
    outcome     TEXT    NULL CHECK (outcome IN ('answered', 'missed', 'voicemail')),
    ack_seconds INTEGER NULL,      -- time to acknowledge, when the old records have it
    escalated   INTEGER NULL,
    imported_at TEXT    NOT NULL   -- UTC
);

CREATE UNIQUE INDEX ux_historical_contacts_row_key ON historical_contacts (row_key);

INSERT INTO report_label_counts (local_month, dimension, label, contacts)
SELECT strftime('%Y-%m', c.received_at, CASE WHEN CAST(strftime('%m', c.received_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), d.dimension,
       CASE d.dimension WHEN 'channel' THEN c.channel WHEN 'category' THEN COALESCE(c.category, '') WHEN 'urgency' THEN COALESCE(c.urgency, '') WHEN 'caller_role' THEN COALESCE(c.caller_role, '') WHEN 'language' THEN COALESCE(c.language, '') ELSE COALESCE(v.outcome, '') END,
       COUNT(*)
FROM contacts AS c LEFT JOIN voice_calls AS v ON v.contact_id = c.id CROSS JOIN report_dimensions AS d
GROUP BY 1, 2, 3;

INSERT INTO report_alert_counts (local_month, ack_seconds, escalated, alerts)
SELECT strftime('%Y-%m', a.created_at, CASE WHEN CAST(strftime('%m', a.created_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), COALESCE(CAST(ROUND((julianday(a.acknowledged_at) - julianday(a.created_at)) * 86400.0) AS INTEGER), -1), CASE WHEN a.step > 0 THEN 1 ELSE 0 END, COUNT(*)
FROM alerts AS a
GROUP BY 1, 2, 3;

-- A contact is counted when it is stored (untriaged, no outcome yet) ...
CREATE TRIGGER tr_contacts_report_insert AFTER INSERT ON contacts
BEGIN
    INSERT INTO report_label_counts (local_month, dimension, label, contacts)
    SELECT strftime('%Y-%m', NEW.received_at, CASE WHEN CAST(strftime('%m', NEW.received_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), d.dimension,
           CASE d.dimension WHEN 'channel' THEN NEW.channel WHEN 'category' THEN COALESCE(NEW.category, '') WHEN 'urgency' THEN COALESCE(NEW.urgency, '') WHEN 'caller_role' THEN COALESCE(NEW.caller_role, '') WHEN 'language' THEN COALESCE(NEW.language, '') ELSE COALESCE((SELECT outcome FROM voice_calls WHERE contact_id = NEW.id), '') END, 1
    FROM report_dimensions AS d
    WHERE true
    ON CONFLICT (local_month, dimension, label) DO UPDATE SET contacts = contacts + excluded.contacts;
END;

-- ... and moved from one label to another when its triage (or a call's start time) is written.
CREATE TRIGGER tr_contacts_report_update AFTER UPDATE OF received_at, channel, category, urgency, caller_role, language ON contacts
WHEN OLD.received_at IS NOT NEW.received_at OR OLD.channel IS NOT NEW.channel OR OLD.category IS NOT NEW.category
     OR OLD.urgency IS NOT NEW.urgency OR OLD.caller_role IS NOT NEW.caller_role OR OLD.language IS NOT NEW.language
BEGIN
    INSERT INTO report_label_counts (local_month, dimension, label, contacts)
    SELECT local_month, dimension, label, SUM(n)
    FROM (
        SELECT strftime('%Y-%m', OLD.received_at, CASE WHEN CAST(strftime('%m', OLD.received_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END) AS local_month, d.dimension,
               CASE d.dimension WHEN 'channel' THEN OLD.channel WHEN 'category' THEN COALESCE(OLD.category, '') WHEN 'urgency' THEN COALESCE(OLD.urgency, '') WHEN 'caller_role' THEN COALESCE(OLD.caller_role, '') WHEN 'language' THEN COALESCE(OLD.language, '') ELSE COALESCE((SELECT outcome FROM voice_calls WHERE contact_id = OLD.id), '') END AS label, -1 AS n
        FROM report_dimensions AS d
        UNION ALL
        SELECT strftime('%Y-%m', NEW.received_at, CASE WHEN CAST(strftime('%m', NEW.received_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), d.dimension,
               CASE d.dimension WHEN 'channel' THEN NEW.channel WHEN 'category' THEN COALESCE(NEW.category, '') WHEN 'urgency' THEN COALESCE(NEW.urgency, '') WHEN 'caller_role' THEN COALESCE(NEW.caller_role, '') WHEN 'language' THEN COALESCE(NEW.language, '') ELSE COALESCE((SELECT outcome FROM voice_calls WHERE contact_id = NEW.id), '') END, 1
        FROM report_dimensions AS d
    )
    GROUP BY local_month, dimension, label
    HAVING SUM(n) <> 0
    ON CONFLICT (local_month, dimension, label) DO UPDATE SET contacts = contacts + excluded.contacts;
END;

-- A call's outcome moves its contact from one label to another ('' until the first outcome).
CREATE TRIGGER tr_voice_calls_report_insert AFTER INSERT ON voice_calls
WHEN NEW.outcome IS NOT NULL
BEGIN
    INSERT INTO report_label_counts (local_month, dimension, label, contacts)
    SELECT strftime('%Y-%m', c.received_at, CASE WHEN CAST(strftime('%m', c.received_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), 'outcome', o.label, o.n
    FROM contacts AS c CROSS JOIN (SELECT '' AS label, -1 AS n UNION ALL SELECT NEW.outcome, 1) AS o
    WHERE c.id = NEW.contact_id
    ON CONFLICT (local_month, dimension, label) DO UPDATE SET contacts = contacts + excluded.contacts;
END;

CREATE TRIGGER tr_voice_calls_report_update AFTER UPDATE OF outcome ON voice_calls
WHEN OLD.outcome IS NOT NEW.outcome
BEGIN
    INSERT INTO report_label_counts (local_month, dimension, label, contacts)
    SELECT strftime('%Y-%m', c.received_at, CASE WHEN CAST(strftime('%m', c.received_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), 'outcome', o.label, o.n
    FROM contacts AS c CROSS JOIN (SELECT COALESCE(OLD.outcome, '') AS label, -1 AS n UNION ALL SELECT COALESCE(NEW.outcome, ''), 1) AS o
    WHERE c.id = NEW.contact_id
    ON CONFLICT (local_month, dimension, label) DO UPDATE SET contacts = contacts + excluded.contacts;
END;

CREATE TRIGGER tr_alerts_report_insert AFTER INSERT ON alerts
BEGIN
    INSERT INTO report_alert_counts (local_month, ack_seconds, escalated, alerts)
    SELECT strftime('%Y-%m', NEW.created_at, CASE WHEN CAST(strftime('%m', NEW.created_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), COALESCE(CAST(ROUND((julianday(NEW.acknowledged_at) - julianday(NEW.created_at)) * 86400.0) AS INTEGER), -1), CASE WHEN NEW.step > 0 THEN 1 ELSE 0 END, 1
    WHERE true
    ON CONFLICT (local_month, ack_seconds, escalated) DO UPDATE SET alerts = alerts + excluded.alerts;
END;

CREATE TRIGGER tr_alerts_report_update AFTER UPDATE OF created_at, acknowledged_at, step ON alerts
WHEN OLD.created_at IS NOT NEW.created_at OR OLD.acknowledged_at IS NOT NEW.acknowledged_at OR (OLD.step > 0) <> (NEW.step > 0)
BEGIN
    INSERT INTO report_alert_counts (local_month, ack_seconds, escalated, alerts)
    SELECT strftime('%Y-%m', OLD.created_at, CASE WHEN CAST(strftime('%m', OLD.created_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), COALESCE(CAST(ROUND((julianday(OLD.acknowledged_at) - julianday(OLD.created_at)) * 86400.0) AS INTEGER), -1), CASE WHEN OLD.step > 0 THEN 1 ELSE 0 END, -1
    WHERE true
    ON CONFLICT (local_month, ack_seconds, escalated) DO UPDATE SET alerts = alerts + excluded.alerts;
    INSERT INTO report_alert_counts (local_month, ack_seconds, escalated, alerts)
    SELECT strftime('%Y-%m', NEW.created_at, CASE WHEN CAST(strftime('%m', NEW.created_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), COALESCE(CAST(ROUND((julianday(NEW.acknowledged_at) - julianday(NEW.created_at)) * 86400.0) AS INTEGER), -1), CASE WHEN NEW.step > 0 THEN 1 ELSE 0 END, 1
    WHERE true
    ON CONFLICT (local_month, ack_seconds, escalated) DO UPDATE SET alerts = alerts + excluded.alerts;
END;

-- An imported contact counts like a live one; its alert figures only where the old records had them.
CREATE TRIGGER tr_historical_contacts_report_insert AFTER INSERT ON historical_contacts
BEGIN
    INSERT INTO report_label_counts (local_month, dimension, label, contacts)
    SELECT strftime('%Y-%m', NEW.received_at, CASE WHEN CAST(strftime('%m', NEW.received_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), d.dimension,
           CASE d.dimension WHEN 'channel' THEN NEW.channel WHEN 'category' THEN COALESCE(NEW.category, '') WHEN 'urgency' THEN COALESCE(NEW.urgency, '') WHEN 'caller_role' THEN COALESCE(NEW.caller_role, '') WHEN 'language' THEN COALESCE(NEW.language, '') ELSE COALESCE(NEW.outcome, '') END, 1
    FROM report_dimensions AS d
    WHERE true
    ON CONFLICT (local_month, dimension, label) DO UPDATE SET contacts = contacts + excluded.contacts;
    INSERT INTO report_alert_counts (local_month, ack_seconds, escalated, alerts)
    SELECT strftime('%Y-%m', NEW.received_at, CASE WHEN CAST(strftime('%m', NEW.received_at) AS INTEGER) BETWEEN 3 AND 9 THEN '+2 hours' ELSE '+1 hours' END), COALESCE(NEW.ack_seconds, -1), COALESCE(NEW.escalated, 0), 1
    WHERE NEW.ack_seconds IS NOT NULL OR NEW.escalated = 1
    ON CONFLICT (local_month, ack_seconds, escalated) DO UPDATE SET alerts = alerts + excluded.alerts;
END;
