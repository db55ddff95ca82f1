using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Reports;
using Hotline.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Reports;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.SqlServer)]
public class HistoricalContactImporterTests(DatabaseKind kind)
{
    const string Header = "received_at,channel,category,urgency,caller_role,language,outcome";

    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    HistoricalContactImporter _importer = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(kind, _directory);
        _importer = new HistoricalContactImporter(_database, _time);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    string File(params string[] lines)
    {
        var path = Path.Combine(_directory.Path, $"contacts-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    Task<ImportResult> Import(string path, TextWriter? progress = null) => _importer.ImportAsync(path, progress ?? TextWriter.Null, CancellationToken.None);

    async Task<long> Imported()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM historical_contacts");
    }

    Task<MonthlyReport> Report(int year, int fromMonth, int toMonth) =>
        new ReportFacts(_database).Reports().MonthlyAsync(new DateOnly(year, fromMonth, 1), new DateOnly(year, toMonth, 1), suppress: false, CancellationToken.None);

    [Test]
    public async Task Imports_every_row_and_counts_it_in_the_reports_by_its_Copenhagen_month()
    {
        var path = File(
            Header + ",ack_seconds,escalated",
            "2020-03-31T22:30:00Z,voice,forced_labour,high,self,pl,missed,300,true",
            "2020-03-31T23:30:00+01:00,sms,,,,,,,",
            "\"2020-04-15T10:00:00+02:00\",SMS,Sexual_Exploitation,immediate,third_party,RO,,60,no");

        var result = await Import(path);
        var april = (await Report(2020, 4, 4)).Months.Single();

        Assert.That((result.Succeeded, result.Rows, result.Imported, result.AlreadyThere), Is.EqualTo((true, 3, 3, 0)));
        Assert.That(april.Contacts, Is.EqualTo(3), "22:30Z and 23:30+01:00 on 31 March are both April in Copenhagen");
        Assert.That(april.ByChannel, Is.EqualTo(new Dictionary<string, long?> { ["sms"] = 2, ["voice"] = 1 }));
        Assert.That(april.Calls.Missed, Is.EqualTo(1));
        Assert.That(april.ByCategory["untriaged"], Is.EqualTo(1));
        Assert.That(april.ByCategory["sexual_exploitation"], Is.EqualTo(1));
        Assert.That(april.ByLanguage, Is.EqualTo(new Dictionary<string, long?> { ["pl"] = 1, ["ro"] = 1, ["untriaged"] = 1 }));
        Assert.That(april.TimeToAcknowledge, Is.EqualTo(new AcknowledgementFigures(2, 180, 276)));
        Assert.That(april.Escalations, Is.EqualTo(1));
    }

    [Test]
    public async Task Names_the_line_and_the_column_of_every_wrong_value_and_imports_nothing()
    {
        var path = File(
            Header,
            "2021-01-05T10:00:00+01:00,sms,forced_labour,high,self,da,",
            "2021-01-05T10:00:00,sms,forced_labour,high,self,da,",
            "2021-01-06T10:00:00Z,fax,forced_labour,urgent,self,danish,",
            "2021-01-07T10:00:00Z,sms,forced_labour,high,self,da,answered",
            "2021-01-08T10:00:00Z,voice,slavery,high,boss,da,hung_up",
            "2021-01-09T10:00:00Z,sms,none",
            "2027-01-01T10:00:00Z,sms,none,low,self,da,");

        var result = await Import(path);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Select(problem => problem.ToString()), Is.EquivalentTo(new[]
        {
            "line 3, column received_at: '2021-01-05T10:00:00' is not an ISO 8601 time with a UTC offset, like 2021-03-14T09:30:00+01:00 or 2021-03-14T08:30:00Z.",
            "line 4, column channel: 'fax' is not one of sms, voice (or empty when not known).",
            "line 4, column urgency: 'urgent' is not one of immediate, high, normal, low (or empty when not known).",
            "line 4, column language: 'danish' is not an ISO 639-1 code like da, en or pl (or und when it could not be told).",
            "line 5, column outcome: an SMS has no outcome: leave it empty.",
            "line 6, column category: 'slavery' is not one of sexual_exploitation, forced_labour, domestic_servitude, forced_criminality, organ_removal, unclear, none (or empty when not known).",
            "line 6, column caller_role: 'boss' is not one of self, third_party, professional, unknown (or empty when not known).",
            "line 6, column outcome: 'hung_up' is not one of answered, missed, voicemail (or empty when not known).",
            "line 7: 3 fields, but the header names 7.",
            "line 8, column received_at: '2027-01-01T10:00:00Z' is in the future.",
        }));
        Assert.That(await Imported(), Is.Zero, "the good line 2 is not imported either");
        Assert.That((await Report(2021, 1, 1)).Months.Single().Contacts, Is.Zero);
    }

    [Test]
    public async Task Names_unknown_and_missing_columns_of_the_header()
    {
        var result = await Import(File("received_at,channel,category,urgency,callerRole,language,language", "x,x,x,x,x,x,x"));

        Assert.That(result.Problems.Select(problem => problem.ToString()), Is.EquivalentTo(new[]
        {
            "line 1, column callerrole: unknown column; the columns are received_at, channel, category, urgency, caller_role, language, outcome, source_id, ack_seconds, escalated.",
            "line 1, column language: named twice.",
            "line 1, column caller_role: missing from the header.",
            "line 1, column outcome: missing from the header.",
        }));
    }

    [Test]
    public async Task A_second_run_of_the_same_file_imports_nothing_twice_and_rows_added_later_alone()
    {
        string[] rows =
        [
            Header,
            "2022-05-01T10:00:00Z,sms,none,low,unknown,en,",
            "2022-05-01T10:00:00Z,sms,none,low,unknown,en,",  // the same values on another line: another contact
        ];
        var first = await Import(File(rows));
        var again = await Import(File(rows));
        var longer = await Import(File([.. rows, "2022-05-02T10:00:00Z,voice,unclear,normal,self,en,answered"]));

        Assert.That((first.Imported, first.AlreadyThere), Is.EqualTo((2, 0)));
        Assert.That((again.Imported, again.AlreadyThere), Is.EqualTo((0, 2)));
        Assert.That((longer.Imported, longer.AlreadyThere), Is.EqualTo((1, 2)));
        Assert.That((await Report(2022, 5, 5)).Months.Single().Contacts, Is.EqualTo(3));
    }

    [Test]
    public async Task With_a_source_id_a_row_is_known_by_it_wherever_it_stands_in_the_file()
    {
        var first = await Import(File(
            "source_id," + Header,
            "old-17,2022-06-01T10:00:00Z,sms,none,low,unknown,en,",
            "old-18,2022-06-02T10:00:00Z,sms,none,low,unknown,en,"));
        var reordered = await Import(File(
            "source_id," + Header,
            "old-19,2022-06-03T10:00:00Z,sms,none,low,unknown,en,",
            "old-18,2022-06-02T10:00:00Z,sms,none,low,unknown,en,",
            "old-17,2022-06-01T10:00:00Z,sms,none,low,unknown,en,"));
        var twice = await Import(File("source_id," + Header, "a,2022-06-01T10:00:00Z,sms,,,,,", "a,2022-06-01T10:00:00Z,sms,,,,,"));

        Assert.That((first.Imported, reordered.Imported, reordered.AlreadyThere), Is.EqualTo((2, 1, 2)));
        Assert.That(twice.Problems.Select(problem => problem.ToString()), Is.EqualTo(new[] { "line 3, column source_id: 'a' is in the file twice." }));
        Assert.That(await Imported(), Is.EqualTo(3));
    }

    [Test]
    public async Task Reports_its_progress_through_a_long_file()
    {
        var lines = Enumerable.Repeat("2023-01-01T00:00:00Z,sms,none,low,unknown,da,", 25_000);
        var progress = new StringWriter();

        var result = await Import(File([Header, .. lines]), progress);

        Assert.That(result.Imported, Is.EqualTo(25_000));
        Assert.That(progress.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "import-contacts: checked 10,000 rows",
            "import-contacts: checked 20,000 rows",
            "import-contacts: imported 10,000 of 25,000 rows",
            "import-contacts: imported 20,000 of 25,000 rows",
        }));
    }
}
