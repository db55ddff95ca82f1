using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Reports;
using Hotline.Tests.Support;
using Hotline.Triage;
using Hotline.Voice;
using static Hotline.Tests.Reports.ReportFacts;

namespace Hotline.Tests.Reports;

// Runs against SQLite always, and against SQL Server when HOTLINE_TEST_SQLSERVER names one. The
// facts go in through the service's own stores; the figures come from the counts the triggers of
// migration 0006 keep.
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.SqlServer)]
public class ContactReportsTests(DatabaseKind kind)
{
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;
    ReportFacts _facts = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(kind, _directory);
        _facts = new ReportFacts(_database);
    }

    [TearDown]
    public void RemoveDatabase() => _directory.Dispose();

    static DateOnly Month(int year, int month) => new(year, month, 1);

    [Test]
    public async Task Counts_a_contact_in_its_Copenhagen_month_across_both_daylight_saving_month_ends()
    {
        await _facts.Sms(Utc(2026, 3, 31, 21, 59));  // 23:59 in Copenhagen (summer time): March
        await _facts.Sms(Utc(2026, 3, 31, 22, 30));  // 00:30 on 1 April
        await _facts.Sms(Utc(2026, 10, 31, 22, 59)); // 23:59 (winter time again): October
        await _facts.Sms(Utc(2026, 10, 31, 23, 0));  // 00:00 on 1 November
        await _facts.Sms(Utc(2026, 12, 31, 23, 30)); // 00:30 on 1 January 2027

        var report = await _facts.Reports().MonthlyAsync(Month(2026, 3), Month(2027, 1), suppress: false, CancellationToken.None);

        Assert.That(report.Months.Select(month => (month.Month, month.Contacts)), Is.EqualTo(new[]
        {
            ("2026-03", (long?)1), ("2026-04", 1), ("2026-05", 0), ("2026-06", 0), ("2026-07", 0), ("2026-08", 0),
            ("2026-09", 0), ("2026-10", 1), ("2026-11", 1), ("2026-12", 0), ("2027-01", 1),
        }));
        Assert.That(report.TimeZone, Is.EqualTo("Europe/Copenhagen"));
    }

    [Test]
    public async Task Fills_every_month_of_the_range_with_zeros_and_every_label_of_the_taxonomy()
    {
        await _facts.Sms(Utc(2026, 2, 10), Category.ForcedLabour, language: "pl");

        var report = await _facts.Reports().MonthlyAsync(Month(2026, 1), Month(2026, 3), suppress: false, CancellationToken.None);
        var january = report.Months[0];

        Assert.That(report.Months.Select(month => month.Month), Is.EqualTo(new[] { "2026-01", "2026-02", "2026-03" }));
        Assert.That(january.Contacts, Is.Zero);
        Assert.That(january.ByCategory.Keys, Is.EqualTo(Category.All.Append("untriaged")));
        Assert.That(january.ByCategory.Values, Is.All.EqualTo(0));
        Assert.That(january.ByUrgency.Keys, Is.EqualTo(new[] { "immediate", "high", "normal", "low", "untriaged" }));
        Assert.That(january.ByCallerRole.Keys, Is.EqualTo(new[] { "self", "third_party", "professional", "unknown", "untriaged" }));
        Assert.That(january.ByLanguage, Is.EqualTo(new Dictionary<string, long?> { ["pl"] = 0 }), "only the languages seen in the range");
        Assert.That(january.Calls, Is.EqualTo(new CallFigures(0, 0, 0)));
        Assert.That(january.TimeToAcknowledge, Is.EqualTo(new AcknowledgementFigures(0, null, null)));
        Assert.That(report.Months[1].ByCategory[Category.ForcedLabour], Is.EqualTo(1));
    }

    [Test]
    public async Task Counts_channels_call_outcomes_and_labels_as_the_contacts_are_triaged()
    {
        var untriaged = await _facts.Sms(Utc(2026, 5, 2));
        await _facts.Sms(Utc(2026, 5, 3), Category.SexualExploitation, Urgency.Immediate, CallerRole.ThirdParty, "ro");
        await _facts.Call(Utc(2026, 5, 4), CallOutcomes.Answered);
        var (missed, _) = await _facts.Call(Utc(2026, 5, 5), CallOutcomes.Missed);
        var (_, laterVoicemail) = await _facts.Call(Utc(2026, 5, 6), CallOutcomes.Missed);
        await _facts.LeaveVoicemail(laterVoicemail, Utc(2026, 5, 6, 13));
        await _facts.Triage(missed, Category.ForcedLabour, Urgency.Normal, CallerRole.Professional, "pl");

        var may = (await _facts.Reports().MonthlyAsync(Month(2026, 5), Month(2026, 5), suppress: false, CancellationToken.None)).Months.Single();

        Assert.That(may.Contacts, Is.EqualTo(5));
        Assert.That(may.ByChannel, Is.EqualTo(new Dictionary<string, long?> { ["sms"] = 2, ["voice"] = 3 }));
        Assert.That(may.Calls, Is.EqualTo(new CallFigures(Answered: 1, Missed: 1, Voicemail: 1)), "a missed call that got a message moves to voicemail");
        Assert.That(may.ByCategory[Category.SexualExploitation], Is.EqualTo(1));
        Assert.That(may.ByCategory[Category.ForcedLabour], Is.EqualTo(1));
        Assert.That(may.ByCategory["untriaged"], Is.EqualTo(3), $"contact {untriaged} and two calls were never triaged");
        Assert.That(may.ByUrgency[Urgency.Immediate], Is.EqualTo(1));
        Assert.That(may.ByUrgency[Urgency.Normal], Is.EqualTo(1));
        Assert.That(may.ByCallerRole[CallerRole.ThirdParty], Is.EqualTo(1));
        Assert.That(may.ByCallerRole[CallerRole.Professional], Is.EqualTo(1));
        Assert.That(may.ByLanguage, Is.EqualTo(new Dictionary<string, long?> { ["pl"] = 1, ["ro"] = 1, ["untriaged"] = 3 }));
        Assert.That(may.ByCategory.Values.Sum(), Is.EqualTo(may.Contacts), "every contact in exactly one category");
    }

    [Test]
    public async Task Gives_the_median_and_90th_percentile_time_to_acknowledge_and_counts_escalations()
    {
        var at = Utc(2026, 6, 1, 8);
        await _facts.Alert(await _facts.Sms(at), at, TimeSpan.FromSeconds(60));
        await _facts.Alert(await _facts.Sms(at), at, TimeSpan.FromSeconds(120));
        await _facts.Alert(await _facts.Sms(at), at, TimeSpan.FromSeconds(600), escalations: 1);
        await _facts.Alert(await _facts.Sms(at), at, acknowledgedAfter: null, escalations: 2);
        await _facts.Alert(await _facts.Sms(Utc(2026, 7, 1)), Utc(2026, 7, 1), TimeSpan.FromSeconds(30));

        var report = await _facts.Reports().MonthlyAsync(Month(2026, 6), Month(2026, 7), suppress: false, CancellationToken.None);
        var june = report.Months[0];

        // Ranks 0..2 of 60, 120, 600: the median is rank 1, the 90th percentile rank 1.8.
        Assert.That(june.TimeToAcknowledge, Is.EqualTo(new AcknowledgementFigures(3, 120, 504)));
        Assert.That(june.Escalations, Is.EqualTo(2));
        Assert.That(report.Months[1].TimeToAcknowledge, Is.EqualTo(new AcknowledgementFigures(1, 30, 30)));
        Assert.That(report.Months[1].Escalations, Is.Zero);
    }

    [Test]
    public async Task Withholds_counts_below_the_threshold_but_shows_zero()
    {
        for (var i = 0; i < 5; i++)
        {
            await _facts.Sms(Utc(2026, 8, 3), Category.ForcedLabour);
        }

        await _facts.Sms(Utc(2026, 8, 4), Category.OrganRemoval, language: "bg");
        await _facts.Alert(await _facts.Sms(Utc(2026, 8, 5)), Utc(2026, 8, 5), TimeSpan.FromSeconds(90));

        var report = await _facts.Reports(suppressBelow: 5).MonthlyAsync(Month(2026, 8), Month(2026, 8), suppress: true, CancellationToken.None);
        var august = report.Months.Single();
        var open = (await _facts.Reports(suppressBelow: 5).MonthlyAsync(Month(2026, 8), Month(2026, 8), suppress: false, CancellationToken.None)).Months.Single();

        Assert.That(report.SuppressedBelow, Is.EqualTo(5));
        Assert.That(august.Contacts, Is.EqualTo(7));
        Assert.That(august.ByCategory[Category.ForcedLabour], Is.EqualTo(5), "5 is not below 5");
        Assert.That(august.ByCategory[Category.OrganRemoval], Is.Null);
        Assert.That(august.ByCategory[Category.DomesticServitude], Is.Zero);
        Assert.That(august.ByLanguage["bg"], Is.Null);
        Assert.That(august.TimeToAcknowledge, Is.EqualTo(new AcknowledgementFigures(null, null, null)), "one acknowledgement would tell its own time");
        Assert.That(open.ByCategory[Category.OrganRemoval], Is.EqualTo(1));
        Assert.That(open.TimeToAcknowledge.MedianSeconds, Is.EqualTo(90));
    }

    [Test]
    public async Task Sums_the_Copenhagen_months_into_years_with_growth_against_the_year_before()
    {
        await _facts.Sms(Utc(2024, 12, 31, 23, 30));  // already 2025 in Copenhagen
        for (var i = 0; i < 3; i++)
        {
            await _facts.Sms(Utc(2025, 6, 1));
        }

        for (var i = 0; i < 5; i++)
        {
            await _facts.Sms(Utc(2026, 2, 1), Category.Unclear);
        }

        var report = await _facts.Reports().YearlyAsync(2025, 2026, suppress: false, CancellationToken.None);

        Assert.That(report.Years.Select(year => (year.Year, year.Contacts, year.Growth)), Is.EqualTo(new[]
        {
            (2025, (long?)4, (double?)null),  // nothing in 2024 to grow from
            (2026, 5, 0.25),
        }));
        Assert.That(report.Years[1].ByCategory[Category.Unclear], Is.EqualTo(5));
    }

    [Test]
    public async Task Withholds_the_growth_that_would_give_away_a_withheld_count()
    {
        for (var i = 0; i < 3; i++)
        {
            await _facts.Sms(Utc(2025, 6, 1));
        }

        for (var i = 0; i < 6; i++)
        {
            await _facts.Sms(Utc(2026, 6, 1));
        }

        var report = await _facts.Reports().YearlyAsync(2026, 2026, suppress: true, CancellationToken.None);

        Assert.That(report.Years.Single().Contacts, Is.EqualTo(6));
        Assert.That(report.Years.Single().Growth, Is.Null);
    }

    // Near every UTC month end from 2019 to 2031 (so every daylight-saving rule the SQL copies is
    // crossed), the month the database counts a contact in is the one TimeZoneInfo gives.
    [Test]
    public async Task Puts_every_instant_near_a_month_end_in_the_month_TimeZoneInfo_gives()
    {
        var instants = new List<DateTimeOffset>();
        for (var month = new DateTimeOffset(2019, 2, 1, 0, 0, 0, TimeSpan.Zero); month.Year < 2032; month = month.AddMonths(1))
        {
            instants.AddRange(new[] { -7200, -3601, -3600, -1, 0 }.Select(seconds => month.AddSeconds(seconds)));
        }

        await using (var connection = await _database.OpenAsync(CancellationToken.None))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync(
                """
                INSERT INTO historical_contacts (row_key, source_file, line, received_at, channel, imported_at)
                VALUES (@RowKey, 'test', 0, @ReceivedAt, 'sms', @ReceivedAt)
                """,
                instants.Select(instant => new { RowKey = instant.ToString("O"), ReceivedAt = instant.UtcDateTime }),
                transaction);
            await transaction.CommitAsync();
        }

        var report = await _facts.Reports().MonthlyAsync(Month(2019, 1), Month(2028, 12), suppress: false, CancellationToken.None);
        var later = await _facts.Reports().MonthlyAsync(Month(2029, 1), Month(2032, 1), suppress: false, CancellationToken.None);
        var expected = instants.GroupBy(ReportMonths.Of).ToDictionary(month => ReportMonths.Format(month.Key), month => (long?)month.Count());

        var counted = report.Months.Concat(later.Months).Where(month => month.Contacts > 0).ToDictionary(month => month.Month, month => month.Contacts);
        Assert.That(counted, Is.EqualTo(expected));
    }

    // The counts are kept by triggers; whatever order the facts arrive in, they must equal a
    // count over the facts themselves.
    [Test]
    public async Task Keeps_counts_equal_to_a_count_over_the_contacts_themselves()
    {
        var random = new Random(262);
        var categories = Category.All;
        for (var i = 0; i < 40; i++)
        {
            var at = Utc(2026, 9, 1 + random.Next(28), random.Next(24));
            if (random.Next(2) == 0)
            {
                var contact = await _facts.Sms(at, random.Next(4) == 0 ? null : categories[random.Next(categories.Count)], language: random.Next(2) == 0 ? "da" : "en");
                if (random.Next(3) == 0)
                {
                    await _facts.Alert(contact, at, TimeSpan.FromSeconds(random.Next(1, 900)), escalations: random.Next(2));
                }
            }
            else
            {
                var (contact, _) = await _facts.Call(at, random.Next(3) switch { 0 => CallOutcomes.Answered, 1 => CallOutcomes.Missed, _ => CallOutcomes.Voicemail });
                if (random.Next(2) == 0)
                {
                    await _facts.Triage(contact, categories[random.Next(categories.Count)]);
                }
            }
        }

        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var byCategory = (await connection.QueryAsync<(string Category, long Count)>(
            "SELECT COALESCE(category, 'untriaged'), CAST(COUNT(*) AS BIGINT) FROM contacts GROUP BY COALESCE(category, 'untriaged')")).ToDictionary(row => row.Category, row => (long?)row.Count);
        var byOutcome = (await connection.QueryAsync<(string Outcome, long Count)>(
            "SELECT outcome, CAST(COUNT(*) AS BIGINT) FROM voice_calls GROUP BY outcome")).ToDictionary(row => row.Outcome, row => row.Count);
        var escalated = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM alerts WHERE step > 0");
        var acknowledged = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NOT NULL");

        var september = (await _facts.Reports().MonthlyAsync(Month(2026, 9), Month(2026, 9), suppress: false, CancellationToken.None)).Months.Single();

        Assert.That(september.ByCategory.Where(pair => pair.Value > 0).ToDictionary(), Is.EqualTo(byCategory));
        Assert.That(september.Calls, Is.EqualTo(new CallFigures(
            byOutcome.GetValueOrDefault(CallOutcomes.Answered), byOutcome.GetValueOrDefault(CallOutcomes.Missed), byOutcome.GetValueOrDefault(CallOutcomes.Voicemail))));
        Assert.That(september.Escalations, Is.EqualTo(escalated));
        Assert.That(september.TimeToAcknowledge.Count, Is.EqualTo(acknowledged));
    }
}
