-- The analysts' figures, counted as the facts are written instead of when a report is asked for
-- (see the SQLite script for the measurements): one row per month and label, a few hundred a year
-- whatever the volume. Triggers keep them, so every path that stores a contact, its triage, a
-- call's outcome or an alert is counted. Nothing is taken off when a row is deleted: the figures
-- outlive the personal data when it is removed after the retention period. local_month is the
-- calendar month in Europe/Copenhagen ('Romance Standard Time', the server's own time-zone data);
-- '' is the label of what is not known (not triaged, no outcome).

-- The breakdowns a report gives: every contact counts once in each.
CREATE TABLE dbo.report_dimensions (
    dimension VARCHAR(16) NOT NULL CONSTRAINT pk_report_dimensions PRIMARY KEY
);

INSERT INTO dbo.report_dimensions (dimension) VALUES ('channel'), ('category'), ('urgency'), ('caller_role'), ('language'), ('outcome');

CREATE TABLE dbo.report_label_counts (
    local_month VARCHAR(7)  NOT NULL,  -- yyyy-MM of received_at in Europe/Copenhagen
    dimension   VARCHAR(16) NOT NULL,  -- channel, category, urgency, caller_role, language, outcome
    label       VARCHAR(32) NOT NULL,  -- outcome: answered, missed, voicemail; '' for SMS and calls going on
    contacts    INT         NOT NULL,
    CONSTRAINT pk_report_label_counts PRIMARY KEY (local_month, dimension, label)
);

-- Alerts by the month they were raised in, how long they took to be acknowledged (whole seconds,
-- -1 while not acknowledged) and whether they went beyond their first step.
CREATE TABLE dbo.report_alert_counts (
    local_month VARCHAR(7) NOT NULL,
    ack_seconds INT        NOT NULL,
    escalated   INT        NOT NULL,
    alerts      INT        NOT NULL,
    CONSTRAINT pk_report_alert_counts PRIMARY KEY (local_month, ack_seconds, escalated)
);

-- Contacts from before the service (import-contacts): labels only, no personal data, so they never
-- go into contacts. row_key makes a re-run of the same file import nothing twice: the CSV's
-- source_id when it has one, else a SHA-256 of the line number and the row's values.
CREATE TABLE dbo.historical_contacts (
    id          BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_historical_contacts PRIMARY KEY,
    row_key     VARCHAR(300)  NOT NULL,
    source_file NVARCHAR(260) NOT NULL,  -- the file's name, for tracing a figure back
    line        INT           NOT NULL,
    received_at DATETIME2(3)  NOT NULL,  -- UTC
    channel     VARCHAR(8)    NOT NULL CONSTRAINT ck_historical_contacts_channel CHECK (channel IN ('sms', 'voice')),
    category    VARCHAR(32)   NULL,
    urgency     VARCHAR(16)   NULL,
    caller_role VARCHAR(16)   NULL,
    language    VARCHAR(8)    NULL,
    outcome     VARCHAR(16)   NULL CONSTRAINT ck_historical_contacts_outcome CHECK (outcome IN ('answered', 'missed', 'voicemail')),
    ack_seconds INT           NULL,      -- time to acknowledge, when the old records have it
    escalated   BIT           NULL,
    imported_at DATETIME2(3)  NOT NULL   -- UTC
);

CREATE UNIQUE INDEX ux_historical_contacts_row_key ON dbo.historical_contacts (row_key);

INSERT INTO dbo.report_label_counts (local_month, dimension, label, contacts)
SELECT local_month, dimension, label, COUNT(*)
FROM (
    SELECT CONVERT(VARCHAR(7), (c.received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Romance Standard Time', 126) AS local_month, d.dimension,
           CASE d.dimension WHEN 'channel' THEN c.channel WHEN 'category' THEN COALESCE(c.category, '') WHEN 'urgency' THEN COALESCE(c.urgency, '') WHEN 'caller_role' THEN COALESCE(c.caller_role, '') WHEN 'language' THEN COALESCE(c.language, '') ELSE COALESCE(v.outcome, '') END AS label
    FROM dbo.contacts AS c LEFT JOIN dbo.voice_calls AS v ON v.contact_id = c.id CROSS JOIN dbo.report_dimensions AS d
) AS facts
GROUP BY local_month, dimension, label;

INSERT INTO dbo.report_alert_counts (local_month, ack_seconds, escalated, alerts)
SELECT local_month, ack_seconds, escalated, COUNT(*)
FROM (
    SELECT CONVERT(VARCHAR(7), (a.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Romance Standard Time', 126) AS local_month, COALESCE(CAST(ROUND(DATEDIFF_BIG(MILLISECOND, a.created_at, a.acknowledged_at) / 1000.0, 0) AS INT), -1) AS ack_seconds, CASE WHEN a.step > 0 THEN 1 ELSE 0 END AS escalated
    FROM dbo.alerts AS a
) AS facts
GROUP BY local_month, ack_seconds, escalated;
GO

-- A contact is counted when it is stored, and moved from one label to another when its triage (or
-- a call's start time) is written: the old labels are taken off, the new ones added.
CREATE TRIGGER dbo.tr_contacts_report ON dbo.contacts AFTER INSERT, UPDATE
AS
BEGIN
    -- Without NOCOUNT the trigger's rows would be added to the count the stores get back.
    SET NOCOUNT ON;
    MERGE dbo.report_label_counts WITH (HOLDLOCK) AS t
    USING (
        SELECT local_month, dimension, label, SUM(n) AS n
        FROM (
            SELECT CONVERT(VARCHAR(7), (c.received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Romance Standard Time', 126) AS local_month, d.dimension,
                   CASE d.dimension WHEN 'channel' THEN c.channel WHEN 'category' THEN COALESCE(c.category, '') WHEN 'urgency' THEN COALESCE(c.urgency, '') WHEN 'caller_role' THEN COALESCE(c.caller_role, '') WHEN 'language' THEN COALESCE(c.language, '') ELSE COALESCE(v.outcome, '') END AS label, c.n
            FROM (
                SELECT id, received_at, channel, category, urgency, caller_role, language, -1 AS n FROM deleted
                UNION ALL
                SELECT id, received_at, channel, category, urgency, caller_role, language, 1 AS n FROM inserted
            ) AS c
            LEFT JOIN dbo.voice_calls AS v ON v.contact_id = c.id
            CROSS JOIN dbo.report_dimensions AS d
        ) AS changes
        GROUP BY local_month, dimension, label
        HAVING SUM(n) <> 0
    ) AS s
    ON t.local_month = s.local_month AND t.dimension = s.dimension AND t.label = s.label
    WHEN MATCHED THEN UPDATE SET contacts = t.contacts + s.n
    WHEN NOT MATCHED THEN INSERT (local_month, dimension, label, contacts) VALUES (s.local_month, s.dimension, s.label, s.n);
END;
GO

-- A call's outcome moves its contact from one label to another ('' until the first outcome).
CREATE TRIGGER dbo.tr_voice_calls_report ON dbo.voice_calls AFTER INSERT, UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    MERGE dbo.report_label_counts WITH (HOLDLOCK) AS t
    USING (
        SELECT local_month, dimension, label, SUM(n) AS n
        FROM (
            SELECT CONVERT(VARCHAR(7), (c.received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Romance Standard Time', 126) AS local_month, 'outcome' AS dimension, v.outcome AS label, v.n
            FROM (
                SELECT contact_id, COALESCE(outcome, '') AS outcome, -1 AS n FROM deleted
                UNION ALL
                SELECT contact_id, COALESCE(outcome, '') AS outcome, 1 AS n FROM inserted
                UNION ALL
                SELECT i.contact_id, '' AS outcome, -1 AS n FROM inserted AS i
                WHERE NOT EXISTS (SELECT 1 FROM deleted AS x WHERE x.contact_id = i.contact_id)
            ) AS v
            JOIN dbo.contacts AS c ON c.id = v.contact_id
        ) AS changes
        GROUP BY local_month, dimension, label
        HAVING SUM(n) <> 0
    ) AS s
    ON t.local_month = s.local_month AND t.dimension = s.dimension AND t.label = s.label
    WHEN MATCHED THEN UPDATE SET contacts = t.contacts + s.n
    WHEN NOT MATCHED THEN INSERT (local_month, dimension, label, contacts) VALUES (s.local_month, s.dimension, s.label, s.n);
END;
GO

CREATE TRIGGER dbo.tr_alerts_report ON dbo.alerts AFTER INSERT, UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    MERGE dbo.report_alert_counts WITH (HOLDLOCK) AS t
    USING (
        SELECT local_month, ack_seconds, escalated, SUM(n) AS n
        FROM (
            SELECT CONVERT(VARCHAR(7), (a.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Romance Standard Time', 126) AS local_month, COALESCE(CAST(ROUND(DATEDIFF_BIG(MILLISECOND, a.created_at, a.acknowledged_at) / 1000.0, 0) AS INT), -1) AS ack_seconds,
                   CASE WHEN a.step > 0 THEN 1 ELSE 0 END AS escalated, a.n
            FROM (
                SELECT created_at, acknowledged_at, step, -1 AS n FROM deleted
                UNION ALL
                SELECT created_at, acknowledged_at, step, 1 AS n FROM inserted
            ) AS a
        ) AS changes
        GROUP BY local_month, ack_seconds, escalated
        HAVING SUM(n) <> 0
    ) AS s
    ON t.local_month = s.local_month AND t.ack_seconds = s.ack_seconds AND t.escalated = s.escalated
    WHEN MATCHED THEN UPDATE SET alerts = t.alerts + s.n
    WHEN NOT MATCHED THEN INSERT (local_month, ack_seconds, escalated, alerts) VALUES (s.local_month, s.ack_seconds, s.escalated, s.n);
END;
GO

-- An imported contact counts like a live one; its alert figures only where the old records had them.
CREATE TRIGGER dbo.tr_historical_contacts_report ON dbo.historical_contacts AFTER INSERT
AS
BEGIN
    SET NOCOUNT ON;
    MERGE dbo.report_label_counts WITH (HOLDLOCK) AS t
    USING (
        SELECT local_month, dimension, label, COUNT(*) AS n
        FROM (
            SELECT CONVERT(VARCHAR(7), (h.received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Romance Standard Time', 126) AS local_month, d.dimension,
                   CASE d.dimension WHEN 'channel' THEN h.channel WHEN 'category' THEN COALESCE(h.category, '') WHEN 'urgency' THEN COALESCE(h.urgency, '') WHEN 'caller_role' THEN COALESCE(h.caller_role, '') WHEN 'language' THEN COALESCE(h.language, '') ELSE COALESCE(h.outcome, '') END AS label
            FROM inserted AS h CROSS JOIN dbo.report_dimensions AS d
        ) AS changes
        GROUP BY local_month, dimension, label
    ) AS s
    ON t.local_month = s.local_month AND t.dimension = s.dimension AND t.label = s.label
    WHEN MATCHED THEN UPDATE SET contacts = t.contacts + s.n
    WHEN NOT MATCHED THEN INSERT (local_month, dimension, label, contacts) VALUES (s.local_month, s.dimension, s.label, s.n);

    MERGE dbo.report_alert_counts WITH (HOLDLOCK) AS t
    USING (
        SELECT local_month, ack_seconds, escalated, COUNT(*) AS n
        FROM (
            SELECT CONVERT(VARCHAR(7), (h.received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Romance Standard Time', 126) AS local_month, COALESCE(h.ack_seconds, -1) AS ack_seconds,
                   CASE WHEN h.escalated = 1 THEN 1 ELSE 0 END AS escalated
            FROM inserted AS h
            WHERE h.ack_seconds IS NOT NULL OR h.escalated = 1
        ) AS changes
        GROUP BY local_month, ack_seconds, escalated
    ) AS s
    ON t.local_month = s.local_month AND t.ack_seconds = s.ack_seconds AND t.escalated = s.escalated
    WHEN MATCHED THEN UPDATE SET alerts = t.alerts + s.n
    WHEN NOT MATCHED THEN INSERT (local_month, ack_seconds, escalated, alerts) VALUES (s.local_month, s.ack_seconds, s.escalated, s.n);
END;
