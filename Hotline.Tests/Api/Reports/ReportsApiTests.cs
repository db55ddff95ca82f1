using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Api.Staff;
using Hotline.Configuration;
using Hotline.Reports;
using Hotline.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tests.Api.Reports;

// The report endpoints over HTTP, on figures imported the way an analyst would bring old ones in.
public class ReportsApiTests
{
    TestDirectory _directory = null!;
    HotlineApiFactory _api = null!;
    HttpClient _analyst = null!;

    [OneTimeSetUp]
    public async Task StartApiWithFigures()
    {
        _directory = new TestDirectory();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        var path = Path.Combine(_directory.Path, "old.csv");
        var rows = new List<string> { "received_at,channel,category,urgency,caller_role,language,outcome" };
        rows.AddRange(Enumerable.Repeat("2025-02-10T10:00:00Z,sms,forced_labour,high,self,da,", 4));
        rows.AddRange(Enumerable.Repeat("2026-01-10T10:00:00Z,voice,forced_labour,high,self,pl,answered", 5));
        rows.Add("2026-03-31T22:30:00Z,sms,organ_removal,immediate,third_party,bg,");  // April in Copenhagen
        await File.WriteAllLinesAsync(path, rows);
        var imported = await new HistoricalContactImporter(database, new FakeTimeProvider(DateTimeOffset.UtcNow)).ImportAsync(path, TextWriter.Null, CancellationToken.None);
        Assert.That(imported.Imported, Is.EqualTo(10));

        _api = new HotlineApiFactory(_directory);
        _analyst = _api.CreateClient().WithToken(TestTokens.For("anna", Roles.Analyst));
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        _analyst.Dispose();
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Answers_every_month_of_the_range_as_json_in_Copenhagen_months()
    {
        using var response = await _analyst.GetAsync("/api/reports/monthly?from=2026-01&to=2026-04");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var months = json.GetProperty("months").EnumerateArray().ToList();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.GetProperty("from").GetString(), Is.EqualTo("2026-01"));
        Assert.That(json.GetProperty("timeZone").GetString(), Is.EqualTo("Europe/Copenhagen"));
        Assert.That(json.GetProperty("suppressedBelow").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(months.Select(month => month.GetProperty("month").GetString()), Is.EqualTo(new[] { "2026-01", "2026-02", "2026-03", "2026-04" }));
        Assert.That(months.Select(month => month.GetProperty("contacts").GetInt32()), Is.EqualTo(new[] { 5, 0, 0, 1 }));
        Assert.That(months[0].GetProperty("calls").GetProperty("answered").GetInt32(), Is.EqualTo(5));
        Assert.That(months[0].GetProperty("byCategory").GetProperty("forced_labour").GetInt32(), Is.EqualTo(5));
        Assert.That(months[3].GetProperty("byLanguage").EnumerateObject().Select(language => language.Name), Is.EqualTo(new[] { "bg", "pl" }));
        Assert.That(months[1].GetProperty("timeToAcknowledge").GetProperty("medianSeconds").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(months[0].GetProperty("escalations").GetInt32(), Is.Zero);
    }

    [TestCase("from=2026-13&to=2026-12", "from")]
    [TestCase("to=2026-12", "from")]
    [TestCase("from=2026-01&to=26-12", "to")]
    [TestCase("from=2026-05&to=2026-04", "to")]
    [TestCase("from=2016-01&to=2026-01", "to")]
    [TestCase("from=2026-01&to=2026-02&format=xml", "format")]
    public async Task Answers_400_naming_the_parameter_of_a_wrong_range(string query, string parameter)
    {
        using var response = await _analyst.GetAsync("/api/reports/monthly?" + query);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Does.Contain(parameter));
    }

    [Test]
    public async Task Answers_120_months_but_not_121()
    {
        using var longest = await _analyst.GetAsync("/api/reports/monthly?from=2017-01&to=2026-12");
        using var tooLong = await _analyst.GetAsync("/api/reports/monthly?from=2016-12&to=2026-12");

        Assert.That(longest.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase("?from=2026-01&to=2026-04&format=csv", null)]
    [TestCase("?from=2026-01&to=2026-04", "text/csv")]
    public async Task Answers_csv_with_one_row_per_month_when_asked(string query, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/monthly" + query);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await _analyst.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(response.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentDisposition.FileName, Is.EqualTo("hotline-monthly-2026-01-2026-04.csv"));
        Assert.That(lines[0], Is.EqualTo(
            "month,contacts,sms,voice,answered,missed,voicemail,"
            + "category_sexual_exploitation,category_forced_labour,category_domestic_servitude,category_forced_criminality,category_organ_removal,category_unclear,category_none,category_untriaged,"
            + "urgency_immediate,urgency_high,urgency_normal,urgency_low,urgency_untriaged,"
            + "caller_role_self,caller_role_third_party,caller_role_professional,caller_role_unknown,caller_role_untriaged,"
            + "language_bg,language_pl,ack_count,ack_median_seconds,ack_p90_seconds,escalations"));
        Assert.That(lines[1], Is.EqualTo("2026-01,5,0,5,5,0,0,0,5,0,0,0,0,0,0,0,5,0,0,0,5,0,0,0,0,0,5,0,,,0"));
        Assert.That(lines, Has.Length.EqualTo(5));
    }

    [Test]
    public async Task Withholds_small_counts_when_asked_in_json_and_csv()
    {
        var json = await _analyst.GetFromJsonAsync<JsonElement>("/api/reports/monthly?from=2026-04&to=2026-04&suppress=true");
        var csv = await _analyst.GetStringAsync("/api/reports/monthly?from=2026-04&to=2026-04&suppress=true&format=csv");
        var april = json.GetProperty("months")[0];

        Assert.That(json.GetProperty("suppressedBelow").GetInt32(), Is.EqualTo(5));
        Assert.That(april.GetProperty("contacts").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(april.GetProperty("byCategory").GetProperty("none").GetInt32(), Is.Zero);
        Assert.That(csv.Split("\r\n")[1], Does.StartWith("2026-04,<5,<5,0,"));
    }

    [Test]
    public async Task Answers_the_yearly_summary_with_growth_against_the_year_before()
    {
        var json = await _analyst.GetFromJsonAsync<JsonElement>("/api/reports/yearly?from=2025&to=2026");
        var csv = await _analyst.GetStringAsync("/api/reports/yearly?from=2025&to=2026&format=csv");
        var years = json.GetProperty("years").EnumerateArray().ToList();

        Assert.That(years.Select(year => year.GetProperty("year").GetInt32()), Is.EqualTo(new[] { 2025, 2026 }));
        Assert.That(years.Select(year => year.GetProperty("contacts").GetInt32()), Is.EqualTo(new[] { 4, 6 }));
        Assert.That(years[0].GetProperty("growth").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(years[1].GetProperty("growth").GetDouble(), Is.EqualTo(0.5));
        Assert.That(csv.Split("\r\n")[0], Does.StartWith("year,contacts,").And.EndWith(",escalations,growth"));
        Assert.That(csv.Split("\r\n")[2], Does.StartWith("2026,6,").And.EndWith(",0.5"));
    }

    [TestCase("from=2026&to=2025", "to")]
    [TestCase("from=26&to=2026", "from")]
    public async Task Answers_400_to_a_wrong_yearly_range(string query, string parameter)
    {
        using var response = await _analyst.GetAsync("/api/reports/yearly?" + query);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Does.Contain(parameter));
    }

    [Test]
    public async Task Refuses_staff_who_are_not_analysts()
    {
        using var duty = _api.CreateClient().WithToken(TestTokens.For("bo", Roles.Duty));

        using var response = await duty.GetAsync("/api/reports/monthly?from=2026-01&to=2026-01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
