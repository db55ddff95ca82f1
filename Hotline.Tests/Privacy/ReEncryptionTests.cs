using System.Security.Cryptography;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Roster;
using Hotline.Tests.Support;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Privacy;

// A key rotation on a real SQLite file: rows sealed with the old key, the current key changed,
// then ReEncryption; afterwards everything opens with the new key alone.
public class ReEncryptionTests
{
    static readonly string OldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    static readonly string NewKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    static readonly string OldHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    static readonly string NewHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    static PersonalDataProtector Protector(string current, string hashKey, params (string Id, string Key)[] keys) => new(Options.Create(new PrivacyOptions
    {
        CurrentKeyId = current,
        Keys = keys.ToDictionary(pair => pair.Id, pair => pair.Key),
        HashKey = hashKey,
    }));

    static PersonalDataProtector Before => Protector("2025", OldHashKey, ("2025", OldKey));

    static PersonalDataProtector During(string hashKey) => Protector("2026", hashKey, ("2025", OldKey), ("2026", NewKey));

    static PersonalDataProtector After => Protector("2026", NewHashKey, ("2026", NewKey));

    async Task<long> InsertContact(PersonalDataProtector protector, int n, bool withRecording = false, bool unknownCaller = false)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var number = $"+45201{n:D5}";
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO contacts (channel, source_sid, received_at, caller_hash, caller_number, body, key_id, stored_at)
            VALUES (@Channel, @Sid, '2025-03-01T10:00:00', @Hash, @Number, @Body, @KeyId, '2025-03-01T10:00:00');
            SELECT last_insert_rowid();
            """,
            new
            {
                Channel = withRecording ? "voice" : "sms",
                Sid = $"SID{n}",
                Hash = unknownCaller ? [] : protector.HashPhoneNumber(number),
                Number = unknownCaller ? [] : protector.Encrypt(number, ProtectedColumns.CallerNumber),
                Body = protector.Encrypt($"text {n}", ProtectedColumns.Body),
                KeyId = protector.CurrentKeyId,
            });
        if (withRecording)
        {
            await connection.ExecuteAsync(
                "INSERT INTO voice_calls (contact_id, call_sid, danger_key, recording_url, updated_at) VALUES (@Id, @Sid, 0, @Url, '2025-03-01T10:00:00')",
                new { Id = id, Sid = $"CA{n}", Url = protector.Encrypt($"https://api.twilio.com/Recordings/RE{n}", ProtectedColumns.RecordingUrl) });
        }

        return id;
    }

    async Task InsertStaffAndDelivery(PersonalDataProtector protector)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            """
            INSERT INTO staff (name, phone_number, phone_hash, email, key_id, languages, active, coordinator, updated_at)
            VALUES ('Anna', @Phone, @Hash, @Email, @KeyId, 'da', 1, 0, '2025-03-01T10:00:00');
            INSERT INTO alert_deliveries (alert_id, step, staff_id, kind, to_number, key_id, body, status, attempts, next_attempt_at, created_at, updated_at)
            VALUES (NULL, 0, 1, 'summary', @To, @KeyId, 'summary', 'sent', 1, '2025-03-01T10:00:00', '2025-03-01T10:00:00', '2025-03-01T10:00:00');
            """,
            new
            {
                Phone = protector.Encrypt("+4540000001", RosterStore.PhonePurpose),
                Hash = protector.HashPhoneNumber("+4540000001"),
                Email = protector.Encrypt("anna@example.org", RosterStore.EmailPurpose),
                To = protector.Encrypt("+4540000001", ProtectedColumns.DeliveryTo),
                KeyId = protector.CurrentKeyId,
            });
    }

    async Task<List<T>> Query<T>(string sql)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<T>(sql)];
    }

    [Test]
    public async Task The_reencrypt_command_reseals_the_database_it_is_configured_with()
    {
        var id = await InsertContact(Before, 1);
        var settings = new Dictionary<string, string>
        {
            ["Privacy:CurrentKeyId"] = "2026",
            ["Privacy:Keys:2025"] = OldKey,
            ["Privacy:Keys:2026"] = NewKey,
            ["Privacy:HashKey"] = OldHashKey,
        };

        var (exitCode, output) = await WorkerProcess.RunToExitAsync(_directory, RabbitMqBroker.Uri, settings, "reencrypt");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("contacts 1"));
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var (keyId, number) = await connection.QuerySingleAsync<(string, byte[])>(
            "SELECT key_id, caller_number FROM contacts WHERE id = @id", new { id });
        Assert.That(keyId, Is.EqualTo("2026"));
        Assert.That(After.Decrypt(number, keyId, ProtectedColumns.CallerNumber), Is.EqualTo("+4520100001"));
    }

    [Test]
    public async Task Re_seals_every_sealed_column_so_that_the_old_key_can_be_removed()
    {
        var voiceId = await InsertContact(Before, 1, withRecording: true);
        var smsId = await InsertContact(Before, 2);
        await InsertStaffAndDelivery(Before);
        var progress = new StringWriter();

        var report = await new ReEncryption(_database, During(OldHashKey)).RunAsync(rehash: false, progress, CancellationToken.None);

        Assert.That(report, Is.EqualTo(new ReEncryptionReport(2, 1, 1)));
        var after = After;
        var contacts = await Query<(long Id, byte[] CallerNumber, byte[] Body, string KeyId)>("SELECT id, caller_number, body, key_id FROM contacts ORDER BY id");
        Assert.That(contacts.Select(contact => contact.KeyId), Is.All.EqualTo("2026"));
        Assert.That(after.Decrypt(contacts[0].CallerNumber, "2026", ProtectedColumns.CallerNumber), Is.EqualTo("+4520100001"));
        Assert.That(after.Decrypt(contacts[1].Body, "2026", ProtectedColumns.Body), Is.EqualTo("text 2"));
        var recording = (await Query<byte[]>($"SELECT recording_url FROM voice_calls WHERE contact_id = {voiceId}")).Single();
        Assert.That(after.Decrypt(recording, "2026", ProtectedColumns.RecordingUrl), Is.EqualTo("https://api.twilio.com/Recordings/RE1"));
        var staff = (await Query<(byte[] Phone, byte[] Email, string KeyId)>("SELECT phone_number, email, key_id FROM staff")).Single();
        Assert.That(after.Decrypt(staff.Phone, staff.KeyId, RosterStore.PhonePurpose), Is.EqualTo("+4540000001"));
        Assert.That(after.Decrypt(staff.Email, staff.KeyId, RosterStore.EmailPurpose), Is.EqualTo("anna@example.org"));
        var delivery = (await Query<(byte[] To, string KeyId)>("SELECT to_number, key_id FROM alert_deliveries")).Single();
        Assert.That(after.Decrypt(delivery.To, delivery.KeyId, ProtectedColumns.DeliveryTo), Is.EqualTo("+4540000001"));
        Assert.That(smsId, Is.GreaterThan(voiceId));
    }

    [Test]
    public async Task Works_in_batches_and_a_second_run_changes_nothing()
    {
        for (var n = 0; n < (ReEncryption.BatchSize * 2) + 50; n++)
        {
            await InsertContact(Before, n);
        }

        var progress = new StringWriter();
        var first = await new ReEncryption(_database, During(OldHashKey)).RunAsync(rehash: false, progress, CancellationToken.None);
        var second = await new ReEncryption(_database, During(OldHashKey)).RunAsync(rehash: false, new StringWriter(), CancellationToken.None);

        Assert.That(first.Contacts, Is.EqualTo(450));
        Assert.That(progress.ToString(), Does.Contain("contacts: 200 of 450").And.Contain("contacts: 400 of 450").And.Contain("contacts: 450 of 450"));
        Assert.That(second, Is.EqualTo(new ReEncryptionReport(0, 0, 0)));
    }

    [Test]
    public async Task Resumes_where_an_interrupted_run_stopped()
    {
        for (var n = 0; n < 10; n++)
        {
            await InsertContact(n < 4 ? During(OldHashKey) : Before, n);
        }

        var report = await new ReEncryption(_database, During(OldHashKey)).RunAsync(rehash: false, new StringWriter(), CancellationToken.None);

        Assert.That(report.Contacts, Is.EqualTo(6), "the four rows already under the new key are left alone");
        var bodies = await Query<(byte[] Body, string KeyId)>("SELECT body, key_id FROM contacts ORDER BY id");
        Assert.That(bodies.Select(row => After.Decrypt(row.Body, row.KeyId, ProtectedColumns.Body)), Is.EqualTo(Enumerable.Range(0, 10).Select(n => $"text {n}")));
    }

    [Test]
    public async Task Keeps_an_unknown_caller_unknown()
    {
        await InsertContact(Before, 1, unknownCaller: true);

        await new ReEncryption(_database, During(NewHashKey)).RunAsync(rehash: true, new StringWriter(), CancellationToken.None);

        var row = (await Query<(byte[] Number, byte[] Hash)>("SELECT caller_number, caller_hash FROM contacts")).Single();
        Assert.That(row.Number, Is.Empty);
        Assert.That(row.Hash, Is.Empty);
    }

    [Test]
    public async Task Re_hashes_callers_and_staff_phones_with_the_new_hash_key()
    {
        await InsertContact(Before, 7);
        await InsertStaffAndDelivery(Before);

        await new ReEncryption(_database, During(NewHashKey)).RunAsync(rehash: true, new StringWriter(), CancellationToken.None);

        var callerHash = (await Query<byte[]>("SELECT caller_hash FROM contacts")).Single();
        var phoneHash = (await Query<byte[]>("SELECT phone_hash FROM staff")).Single();
        Assert.That(callerHash, Is.EqualTo(After.HashPhoneNumber("+4520100007")));
        Assert.That(callerHash, Is.Not.EqualTo(Before.HashPhoneNumber("+4520100007")));
        Assert.That(phoneHash, Is.EqualTo(After.HashPhoneNumber("+4540000001")));
    }

    [Test]
    public void Opens_a_value_sealed_with_another_configured_key_than_the_row_names()
    {
        // A transcript sealed by an API already on the new key, stored in a row still named for the old one.
        var sealedValue = During(OldHashKey).Encrypt("transcript", ProtectedColumns.Body);

        Assert.That(During(OldHashKey).Decrypt(sealedValue, "2025", ProtectedColumns.Body), Is.EqualTo("transcript"));
        Assert.That(() => Before.Decrypt(sealedValue, "2025", ProtectedColumns.Body), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public async Task New_writes_use_the_current_key_and_old_rows_still_read()
    {
        await InsertContact(Before, 1);
        var during = During(OldHashKey);
        await InsertContact(during, 2);

        var rows = await Query<(byte[] Body, string KeyId)>("SELECT body, key_id FROM contacts ORDER BY id");

        Assert.That(rows.Select(row => row.KeyId), Is.EqualTo(new[] { "2025", "2026" }));
        Assert.That(rows.Select(row => during.Decrypt(row.Body, row.KeyId, ProtectedColumns.Body)), Is.EqualTo(new[] { "text 1", "text 2" }));
    }
}
