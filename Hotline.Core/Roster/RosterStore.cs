using System.Data.Common;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Privacy;

namespace Hotline.Roster;

// Staff and shifts. Shift times are stored as UTC instants (see CopenhagenTime for how local
// times become instants); every query compares instants only.
public sealed class RosterStore(HotlineDatabase database, PersonalDataProtector protector, TimeProvider time)
{
    // The purposes bound into the encrypted staff columns (see PersonalDataProtector).
    public const string PhonePurpose = "staff.phone";
    public const string EmailPurpose = "staff.email";

    const string StaffColumnsSql = """
        SELECT id AS Id, name AS Name, phone_number AS PhoneNumber, email AS Email, key_id AS KeyId,
               languages AS Languages, active AS Active, coordinator AS Coordinator, login AS Login
        FROM staff
        """;

    const string InsertStaffSqliteSql = """
        INSERT INTO staff (name, phone_number, phone_hash, email, key_id, languages, active, coordinator, login, updated_at)
        VALUES (@Name, @PhoneNumber, @PhoneHash, @Email, @KeyId, @Languages, @Active, @Coordinator, @Login, @UpdatedAt)
        RETURNING id
        """;

    const string InsertStaffSqlServerSql = """
        INSERT INTO staff (name, phone_number, phone_hash, email, key_id, languages, active, coordinator, login, updated_at)
        OUTPUT INSERTED.id
        VALUES (@Name, @PhoneNumber, @PhoneHash, @Email, @KeyId, @Languages, @Active, @Coordinator, @Login, @UpdatedAt)
        """;

    // A phone number and a login belong to one staff member each: the unique indexes on
    // phone_hash and login say so, and a clash comes back as PhoneTaken or LoginTaken.
    public async Task<StaffSaveResult> AddStaffAsync(StaffEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var id = await database.WriteAsync(
                (connection, transaction) => connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    database.Kind == DatabaseKind.Sqlite ? InsertStaffSqliteSql : InsertStaffSqlServerSql,
                    StaffParameters(0, entry),
                    transaction,
                    cancellationToken: cancellationToken)),
                cancellationToken);
            return new StaffSaveResult(StaffSaveOutcome.Saved, await FindStaffAsync(id, cancellationToken));
        }
        catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
        {
            return new StaffSaveResult(Clash(exception));
        }
    }

    const string UpdateStaffSql = """
        UPDATE staff
        SET name = @Name, phone_number = @PhoneNumber, phone_hash = @PhoneHash, email = @Email, key_id = @KeyId,
            languages = @Languages, active = @Active, coordinator = @Coordinator, login = @Login, updated_at = @UpdatedAt
        WHERE id = @Id
        """;

    public async Task<StaffSaveResult> UpdateStaffAsync(long id, StaffEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var updated = await database.ExecuteAsync(UpdateStaffSql, StaffParameters(id, entry), cancellationToken);
            return updated == 0
                ? new StaffSaveResult(StaffSaveOutcome.NotFound)
                : new StaffSaveResult(StaffSaveOutcome.Saved, await FindStaffAsync(id, cancellationToken));
        }
        catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
        {
            return new StaffSaveResult(Clash(exception));
        }
    }

    const string FindStaffSql = StaffColumnsSql + "\nWHERE id = @Id";

    public async Task<StaffRecord?> FindStaffAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StaffRow>(new CommandDefinition(
            FindStaffSql, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToRecord(protector);
    }

    const string FindStaffByPhoneHashSql = StaffColumnsSql + "\nWHERE phone_hash = @PhoneHash";

    // Recognises an SMS from a staff phone by the keyed hash of its number
    // (PersonalDataProtector.HashPhoneNumber), without decrypting anyone's number. Inactive staff
    // are returned too, with Active = false: the caller decides what their messages are.
    public async Task<StaffRecord?> FindStaffByPhoneHashAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StaffRow>(new CommandDefinition(
            FindStaffByPhoneHashSql, new { PhoneHash = hash }, cancellationToken: cancellationToken));
        return row?.ToRecord(protector);
    }

    const string FindStaffByLoginSql = StaffColumnsSql + "\nWHERE login = @Login";

    // The staff member a dashboard user is, by the name their token carries; inactive staff are
    // returned too, with Active = false.
    public async Task<StaffRecord?> FindStaffByLoginAsync(string login, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StaffRow>(new CommandDefinition(
            FindStaffByLoginSql, new { Login = login }, cancellationToken: cancellationToken));
        return row?.ToRecord(protector);
    }

    const string ListStaffSql = StaffColumnsSql + "\nORDER BY name, id";

    public async Task<IReadOnlyList<StaffRecord>> ListStaffAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StaffRow>(new CommandDefinition(ListStaffSql, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRecord(protector)).ToList();
    }

    const string DeleteUnreferencedStaffSql = """
        DELETE FROM staff
        WHERE id = @Id AND NOT EXISTS (SELECT 1 FROM shifts WHERE shifts.staff_id = @Id)
        """;

    const string DeactivateStaffSql = """
        UPDATE staff SET active = 0, updated_at = @UpdatedAt WHERE id = @Id
        """;

    public Task<StaffRemoval> RemoveStaffAsync(long id, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var deleted = await connection.ExecuteAsync(new CommandDefinition(
                DeleteUnreferencedStaffSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
            if (deleted > 0)
            {
                return StaffRemoval.Deleted;
            }

            var deactivated = await connection.ExecuteAsync(new CommandDefinition(
                DeactivateStaffSql, new { Id = id, UpdatedAt = time.GetUtcNow().UtcDateTime }, transaction, cancellationToken: cancellationToken));
            return deactivated > 0 ? StaffRemoval.Deactivated : StaffRemoval.NotFound;
        }, cancellationToken);

    const string ShiftColumnsSql = """
        SELECT sh.id AS Id, sh.staff_id AS StaffId, s.name AS StaffName, sh.shift_role AS Role,
               sh.starts_at AS StartsAt, sh.ends_at AS EndsAt, sh.source_uid AS SourceUid
        FROM shifts sh
        JOIN staff s ON s.id = sh.staff_id
        """;

    const string InsertShiftSqliteSql = """
        INSERT INTO shifts (staff_id, shift_role, starts_at, ends_at, source_uid, updated_at)
        VALUES (@StaffId, @Role, @StartsAt, @EndsAt, @SourceUid, @UpdatedAt)
        RETURNING id
        """;

    const string InsertShiftSqlServerSql = """
        INSERT INTO shifts (staff_id, shift_role, starts_at, ends_at, source_uid, updated_at)
        OUTPUT INSERTED.id
        VALUES (@StaffId, @Role, @StartsAt, @EndsAt, @SourceUid, @UpdatedAt)
        """;

    public async Task<ShiftRecord> AddShiftAsync(ShiftEntry entry, CancellationToken cancellationToken)
    {
        var id = await database.WriteAsync(
            (connection, transaction) => InsertShiftAsync(connection, transaction, entry, sourceUid: null, cancellationToken), cancellationToken);
        return await FindShiftAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"Shift {id} vanished right after it was stored.");
    }

    const string UpdateShiftSql = """
        UPDATE shifts
        SET staff_id = @StaffId, shift_role = @Role, starts_at = @StartsAt, ends_at = @EndsAt, updated_at = @UpdatedAt
        WHERE id = @Id
        """;

    public async Task<ShiftRecord?> UpdateShiftAsync(long id, ShiftEntry entry, CancellationToken cancellationToken)
    {
        var updated = await database.ExecuteAsync(UpdateShiftSql, ShiftParameters(entry, id: id), cancellationToken);
        return updated == 0 ? null : await FindShiftAsync(id, cancellationToken);
    }

    const string UpdateShiftBySourceUidSql = """
        UPDATE shifts
        SET staff_id = @StaffId, shift_role = @Role, starts_at = @StartsAt, ends_at = @EndsAt, updated_at = @UpdatedAt
        WHERE source_uid = @SourceUid
        """;

    // Idempotent on the iCalendar UID: importing the same calendar again updates the shifts it
    // made instead of adding them twice. Returns true when the shift is new.
    public Task<bool> SaveImportedShiftAsync(string sourceUid, ShiftEntry entry, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var parameters = ShiftParameters(entry, sourceUid: sourceUid);
            if (await connection.ExecuteAsync(new CommandDefinition(UpdateShiftBySourceUidSql, parameters, transaction, cancellationToken: cancellationToken)) > 0)
            {
                return false;
            }

            try
            {
                await InsertShiftAsync(connection, transaction, entry, sourceUid, cancellationToken);
                return true;
            }
            catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
            {
                // Another import of the same event got there first: ours is the newer word.
                await connection.ExecuteAsync(new CommandDefinition(UpdateShiftBySourceUidSql, parameters, transaction, cancellationToken: cancellationToken));
                return false;
            }
        }, cancellationToken);

    const string DeleteShiftBySourceUidSql = """
        DELETE FROM shifts WHERE source_uid = @SourceUid
        """;

    // A cancelled event (STATUS:CANCELLED) takes its imported shift with it.
    public async Task<bool> DeleteImportedShiftAsync(string sourceUid, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(DeleteShiftBySourceUidSql, new { SourceUid = sourceUid }, cancellationToken) > 0;

    const string FindShiftSql = ShiftColumnsSql + "\nWHERE sh.id = @Id";

    public async Task<ShiftRecord?> FindShiftAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ShiftRow>(new CommandDefinition(
            FindShiftSql, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    const string ListShiftsSql = ShiftColumnsSql + """

        WHERE (@From IS NULL OR sh.ends_at > @From) AND (@To IS NULL OR sh.starts_at < @To)
        ORDER BY sh.starts_at, sh.id
        """;

    // The shifts that overlap [from, to); either end may be open.
    public async Task<IReadOnlyList<ShiftRecord>> ListShiftsAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ShiftRow>(new CommandDefinition(
            ListShiftsSql,
            new { From = from?.UtcDateTime, To = to?.UtcDateTime },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRecord()).ToList();
    }

    const string DeleteShiftSql = """
        DELETE FROM shifts WHERE id = @Id
        """;

    public async Task<bool> DeleteShiftAsync(long id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(DeleteShiftSql, new { Id = id }, cancellationToken) > 0;

    const string OnDutySql = """
        SELECT s.id AS Id, s.name AS Name, s.phone_number AS PhoneNumber, s.key_id AS KeyId, s.languages AS Languages,
               s.coordinator AS Coordinator, sh.shift_role AS Role
        FROM staff s
        LEFT JOIN shifts sh ON sh.staff_id = s.id AND sh.starts_at <= @At AND sh.ends_at > @At
        WHERE s.active = 1 AND (sh.id IS NOT NULL OR s.coordinator = 1)
        ORDER BY s.name, s.id
        """;

    // One query: the shifts that cover the instant (by the start/end index) and every active
    // coordinator, who is on the escalation list whatever the roster says.
    public async Task<OnDuty> OnDutyAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<OnDutyRow>(new CommandDefinition(
            OnDutySql, new { At = instant.UtcDateTime }, cancellationToken: cancellationToken))).ToList();

        var members = new Dictionary<long, StaffMember>();
        StaffMember Member(OnDutyRow row) => members.TryGetValue(row.Id, out var member)
            ? member
            : members[row.Id] = new StaffMember(
                row.Id, row.Name, protector.Decrypt(row.PhoneNumber, row.KeyId, PhonePurpose), SplitLanguages(row.Languages), row.Coordinator);

        List<StaffMember> Distinct(IEnumerable<OnDutyRow> selected) => selected.Select(Member).DistinctBy(member => member.Id).ToList();

        return new OnDuty(
            Distinct(rows.Where(row => row.Role == ShiftRoles.Primary)),
            Distinct(rows.Where(row => row.Role == ShiftRoles.Backup)),
            Distinct(rows.Where(row => row.Coordinator)));
    }

    const string PrimaryCoverSql = """
        SELECT sh.starts_at AS StartsAt, sh.ends_at AS EndsAt
        FROM shifts sh
        JOIN staff s ON s.id = sh.staff_id
        WHERE s.active = 1 AND sh.shift_role = 'primary' AND sh.ends_at > @From AND sh.starts_at < @To
        """;

    // The periods in [from, to) with no active primary on duty.
    public async Task<IReadOnlyList<RosterGap>> FindGapsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var cover = await connection.QueryAsync<CoverRow>(new CommandDefinition(
            PrimaryCoverSql, new { From = from.UtcDateTime, To = to.UtcDateTime }, cancellationToken: cancellationToken));
        return RosterGap.Between(from.ToUniversalTime(), to.ToUniversalTime(), cover.Select(row => (Utc(row.StartsAt), Utc(row.EndsAt))));
    }

    Task<long> InsertShiftAsync(DbConnection connection, DbTransaction transaction, ShiftEntry entry, string? sourceUid, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Kind == DatabaseKind.Sqlite ? InsertShiftSqliteSql : InsertShiftSqlServerSql,
            ShiftParameters(entry, sourceUid: sourceUid),
            transaction,
            cancellationToken: cancellationToken));

    object StaffParameters(long id, StaffEntry entry) => new
    {
        Id = id,
        entry.Name,
        PhoneNumber = protector.Encrypt(entry.Phone, PhonePurpose),
        PhoneHash = protector.HashPhoneNumber(entry.Phone),
        Email = entry.Email is null ? null : protector.Encrypt(entry.Email, EmailPurpose),
        KeyId = protector.CurrentKeyId,
        Languages = string.Join(',', entry.Languages),
        entry.Active,
        entry.Coordinator,
        entry.Login,
        UpdatedAt = time.GetUtcNow().UtcDateTime,
    };

    object ShiftParameters(ShiftEntry entry, long id = 0, string? sourceUid = null) => new
    {
        Id = id,
        entry.StaffId,
        entry.Role,
        StartsAt = entry.Start.UtcDateTime,
        EndsAt = entry.End.UtcDateTime,
        SourceUid = sourceUid,
        UpdatedAt = time.GetUtcNow().UtcDateTime,
    };

    // Both unique indexes of staff name their column in the error: SQLite's "staff.login", SQL
    // Server's "ux_staff_login".
    static StaffSaveOutcome Clash(DbException exception) =>
        exception.Message.Contains("login", StringComparison.OrdinalIgnoreCase) ? StaffSaveOutcome.LoginTaken : StaffSaveOutcome.PhoneTaken;

    static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    static List<string> SplitLanguages(string languages) =>
        languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    sealed record StaffRow
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public byte[] PhoneNumber { get; init; } = [];

        public byte[]? Email { get; init; }

        public string KeyId { get; init; } = "";

        public string Languages { get; init; } = "";

        public bool Active { get; init; }

        public bool Coordinator { get; init; }

        public string? Login { get; init; }

        public StaffRecord ToRecord(PersonalDataProtector protector) => new(
            Id,
            Name,
            protector.Decrypt(PhoneNumber, KeyId, PhonePurpose),
            Email is null ? null : protector.Decrypt(Email, KeyId, EmailPurpose),
            SplitLanguages(Languages),
            Active,
            Coordinator,
            Login);
    }

    sealed record ShiftRow
    {
        public long Id { get; init; }

        public long StaffId { get; init; }

        public string StaffName { get; init; } = "";

        public string Role { get; init; } = "";

        public DateTime StartsAt { get; init; }

        public DateTime EndsAt { get; init; }

        public string? SourceUid { get; init; }

        public ShiftRecord ToRecord() => new(Id, StaffId, StaffName, Role, Utc(StartsAt), Utc(EndsAt), SourceUid);
    }

    sealed record OnDutyRow
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public byte[] PhoneNumber { get; init; } = [];

        public string KeyId { get; init; } = "";

        public string Languages { get; init; } = "";

        public bool Coordinator { get; init; }

        public string? Role { get; init; }
    }

    sealed record CoverRow
    {
        public DateTime StartsAt { get; init; }

        public DateTime EndsAt { get; init; }
    }
}
