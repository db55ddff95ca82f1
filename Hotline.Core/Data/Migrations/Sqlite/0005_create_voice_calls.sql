-- One row per call, beside its contact (channel 'voice', source_sid = CallSid). The callbacks of a
-- call arrive in any order and may repeat: each fills in its own columns, and outcome is worked out
-- again from all of them after every event. The transcript is the contact's body (sealed).
CREATE TABLE voice_calls (
    contact_id          INTEGER NOT NULL PRIMARY KEY REFERENCES contacts (id),
    call_sid            TEXT    NOT NULL,
    menu_choice         TEXT    NULL,      -- language, danger, none
    language            TEXT    NULL,      -- ISO 639-1, as chosen in the menu
    danger_key          INTEGER NOT NULL,  -- the caller pressed "I am in danger now"
    staff_id            INTEGER NULL,      -- who was dialled; null for the fallback number
    dial_status         TEXT    NULL,      -- Twilio's DialCallStatus
    talk_seconds        INTEGER NULL,      -- DialCallDuration of an answered call
    call_status         TEXT    NULL,      -- the last final CallStatus
    call_seconds        INTEGER NULL,      -- CallDuration
    call_ended_at       TEXT    NULL,      -- UTC
    recording_sid       TEXT    NULL,
    recording_url       BLOB    NULL,      -- AES-256-GCM: the URL opens the caller's voice
    recording_seconds   INTEGER NULL,
    transcription_status TEXT   NULL,
    outcome             TEXT    NULL CHECK (outcome IN ('answered', 'missed', 'voicemail')),
    triage_requested_at TEXT    NULL,      -- UTC: set once, by whichever path triages the call
    updated_at          TEXT    NOT NULL   -- UTC: the last event
);

CREATE UNIQUE INDEX ux_voice_calls_call_sid ON voice_calls (call_sid);
CREATE INDEX ix_voice_calls_untriaged ON voice_calls (updated_at) WHERE triage_requested_at IS NULL;

-- One row per CallSid and event: a repeated callback finds its row and changes nothing.
CREATE TABLE voice_call_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    call_sid    TEXT NOT NULL,
    event       TEXT NOT NULL,  -- incoming, menu, dial, recording, transcription, status:<CallStatus>
    received_at TEXT NOT NULL   -- UTC, when the webhook arrived
);

CREATE UNIQUE INDEX ux_voice_call_events_call_sid_event ON voice_call_events (call_sid, event);
