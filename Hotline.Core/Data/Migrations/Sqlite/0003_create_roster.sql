-- The duty roster: who can be alerted, and when they are on duty. Staff phone numbers and e-mail
-- addresses are personal data, encrypted by the application (PersonalDataProtector) like the
-- callers' numbers; phone_hash (HMAC-SHA256) recognises an SMS from a staff phone.
CREATE TABLE staff (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL,
    phone_number BLOB    NOT NULL,  -- AES-256-GCM, E.164
    phone_hash   BLOB    NOT NULL,  -- HMAC-SHA256 of the E.164 number
    email        BLOB    NULL,      -- AES-256-GCM; matches iCalendar ATTENDEE mailto:
    key_id       TEXT    NOT NULL,
    languages    TEXT    NOT NULL,  -- ISO 639-1 codes, comma-separated
    active       INTEGER NOT NULL,
    coordinator  INTEGER NOT NULL,
    updated_at   TEXT    NOT NULL   -- UTC
);

CREATE UNIQUE INDEX ux_staff_phone_hash ON staff (phone_hash);

-- Start and end are UTC instants: local Copenhagen times are converted once, on the way in, so
-- that no query ever has to know about daylight saving.
CREATE TABLE shifts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id   INTEGER NOT NULL REFERENCES staff (id),
    shift_role TEXT    NOT NULL CHECK (shift_role IN ('primary', 'backup')),
    starts_at  TEXT    NOT NULL,  -- UTC, inclusive
    ends_at    TEXT    NOT NULL,  -- UTC, exclusive
    source_uid TEXT    NULL,      -- the iCalendar UID of an imported shift: the idempotency key
    updated_at TEXT    NOT NULL   -- UTC
);

CREATE INDEX ix_shifts_starts_at_ends_at ON shifts (starts_at, ends_at);
CREATE INDEX ix_shifts_staff_id ON shifts (staff_id);
CREATE UNIQUE INDEX ux_shifts_source_uid ON shifts (source_uid) WHERE source_uid IS NOT NULL;
