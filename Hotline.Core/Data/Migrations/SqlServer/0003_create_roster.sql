-- The duty roster: who can be alerted, and when they are on duty. Staff phone numbers and e-mail
-- addresses are personal data, encrypted by the application (PersonalDataProtector) like the
-- callers' numbers; phone_hash (HMAC-SHA256) recognises an SMS from a staff phone.
CREATE TABLE dbo.staff (
    id           BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_staff PRIMARY KEY,
    name         NVARCHAR(200)  NOT NULL,
    phone_number VARBINARY(256) NOT NULL,  -- AES-256-GCM, E.164
    phone_hash   VARBINARY(32)  NOT NULL,  -- HMAC-SHA256 of the E.164 number
    email        VARBINARY(512) NULL,      -- AES-256-GCM; matches iCalendar ATTENDEE mailto:
    key_id       VARCHAR(32)    NOT NULL,
    languages    VARCHAR(200)   NOT NULL,  -- ISO 639-1 codes, comma-separated
    active       BIT            NOT NULL,
    coordinator  BIT            NOT NULL,
    updated_at   DATETIME2(3)   NOT NULL   -- UTC
);

CREATE UNIQUE INDEX ux_staff_phone_hash ON dbo.staff (phone_hash);

-- Start and end are UTC instants: local Copenhagen times are converted once, on the way in, so
-- that no query ever has to know about daylight saving.
CREATE TABLE dbo.shifts (
    id         BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_shifts PRIMARY KEY,
    staff_id   BIGINT        NOT NULL CONSTRAINT fk_shifts_staff REFERENCES dbo.staff (id),
    shift_role VARCHAR(8)    NOT NULL CONSTRAINT ck_shifts_role CHECK (shift_role IN ('primary', 'backup')),
    starts_at  DATETIME2(3)  NOT NULL,  -- UTC, inclusive
    ends_at    DATETIME2(3)  NOT NULL,  -- UTC, exclusive
    source_uid NVARCHAR(255) NULL,      -- the iCalendar UID of an imported shift: the idempotency key
    updated_at DATETIME2(3)  NOT NULL   -- UTC
);

CREATE INDEX ix_shifts_starts_at_ends_at ON dbo.shifts (starts_at, ends_at) INCLUDE (staff_id, shift_role);
CREATE INDEX ix_shifts_staff_id ON dbo.shifts (staff_id);
CREATE UNIQUE INDEX ux_shifts_source_uid ON dbo.shifts (source_uid) WHERE source_uid IS NOT NULL;
