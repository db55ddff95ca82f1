-- One row per call, beside its contact (channel 'voice', source_sid = CallSid). The callbacks of a
-- call arrive in any order and may repeat: each fills in its own columns, and outcome is worked out
-- again from all of them after every event. The transcript is the contact's body (sealed).
CREATE TABLE dbo.voice_calls (
    contact_id           BIGINT         NOT NULL CONSTRAINT pk_voice_calls PRIMARY KEY
                                        CONSTRAINT fk_voice_calls_contacts REFERENCES dbo.contacts (id),
    call_sid             VARCHAR(64)    NOT NULL,
    menu_choice          VARCHAR(16)    NULL,      -- language, danger, none
    language             VARCHAR(8)     NULL,      -- ISO 639-1, as chosen in the menu
    danger_key           BIT            NOT NULL,  -- the caller pressed "I am in danger now"
    staff_id             BIGINT         NULL,      -- who was dialled; null for the fallback number
    dial_status          VARCHAR(16)    NULL,      -- Twilio's DialCallStatus
    talk_seconds         INT            NULL,      -- DialCallDuration of an answered call
    call_status          VARCHAR(16)    NULL,      -- the last final CallStatus
    call_seconds         INT            NULL,      -- CallDuration
    call_ended_at        DATETIME2(3)   NULL,      -- UTC
    recording_sid        VARCHAR(64)    NULL,
    recording_url        VARBINARY(1024) NULL,     -- AES-256-GCM: the URL opens the caller's voice
    recording_seconds    INT            NULL,
    transcription_status VARCHAR(16)    NULL,
    outcome              VARCHAR(16)    NULL CONSTRAINT ck_voice_calls_outcome CHECK (outcome IN ('answered', 'missed', 'voicemail')),
    triage_requested_at  DATETIME2(3)   NULL,      -- UTC: set once, by whichever path triages the call
    updated_at           DATETIME2(3)   NOT NULL   -- UTC: the last event
);

CREATE UNIQUE INDEX ux_voice_calls_call_sid ON dbo.voice_calls (call_sid);
CREATE INDEX ix_voice_calls_untriaged ON dbo.voice_calls (updated_at) WHERE triage_requested_at IS NULL;

-- One row per CallSid and event: a repeated callback finds its row and changes nothing.
CREATE TABLE dbo.voice_call_events (
    id          BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_voice_call_events PRIMARY KEY,
    call_sid    VARCHAR(64)  NOT NULL,
    event       VARCHAR(32)  NOT NULL,  -- incoming, menu, dial, recording, transcription, status:<CallStatus>
    received_at DATETIME2(3) NOT NULL   -- UTC, when the webhook arrived
);

CREATE UNIQUE INDEX ux_voice_call_events_call_sid_event ON dbo.voice_call_events (call_sid, event);
