using System.Net;
using System.Net.Http.Json;
using Hotline.Api.Roster;
using Hotline.Api.Staff;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Tests.Roster.RosterTimes;

namespace Hotline.Tests.Api.Roster;

// The clock stands at noon UTC on Saturday 24 October 2026, the day before the autumn change.
public class RosterApiTests
{
    readonly FakeTimeProvider _time = new(Utc(2026, 10, 24, 12));
    TestDirectory _directory = null!;
    HotlineApiFactory _factory = null!;
    WebApplicationFactory<Program> _api = null!;
    HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        _directory = new TestDirectory();
        _factory = new HotlineApiFactory(_directory);
        _api = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_time)));
        _admin = _api.CreateClient().WithToken(TestTokens.For("karen", Roles.Admin));

        var anna = await _admin.CreateStaff("Anna Holm");
        var bo = await _admin.CreateStaff("Bo Lund");
        await _admin.CreateStaff("Dorte Juul", coordinator: true);
        await _admin.CreateShift(anna.Id, "primary", "2026-10-24T22:00", "2026-10-25T07:00");
        await _admin.CreateShift(bo.Id, "backup", "2026-10-24T22:00", "2026-10-25T08:00");
        await _admin.CreateShift(bo.Id, "primary", "2026-10-25T08:00", "2026-10-25T16:00");
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        _admin.Dispose();
        await _api.DisposeAsync();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Finds_the_real_gaps_in_the_next_hours_across_the_autumn_night()
    {
        var report = await _admin.GetFromJsonAsync<GapReport>("/api/roster/gaps?hours=27");

        Assert.That(report!.FromUtc, Is.EqualTo(Utc(2026, 10, 24, 12)));
        Assert.That(report.ToUtc, Is.EqualTo(Utc(2026, 10, 25, 15)));
        Assert.That(report.Gaps.Select(gap => (gap.StartUtc, gap.EndUtc)), Is.EqualTo(new[]
        {
            (Utc(2026, 10, 24, 12), Utc(2026, 10, 24, 20)),
            (Utc(2026, 10, 25, 6), Utc(2026, 10, 25, 7)),
        }));
        Assert.That(report.Gaps[1].StartLocal, Has.Property("Hour").EqualTo(7).And.Property("Offset").EqualTo(TimeSpan.FromHours(1)));
        Assert.That(report.Gaps[1].Hours, Is.EqualTo(1));
    }

    [Test]
    public async Task Looks_72_hours_ahead_by_default()
    {
        var report = await _admin.GetFromJsonAsync<GapReport>("/api/roster/gaps");

        Assert.That(report!.ToUtc - report.FromUtc, Is.EqualTo(TimeSpan.FromHours(72)));
        Assert.That(report.Gaps[^1].EndUtc, Is.EqualTo(Utc(2026, 10, 27, 12)));
    }

    [TestCase("0")]
    [TestCase("745")]
    public async Task Answers_400_naming_hours_out_of_range(string hours)
    {
        using var response = await _admin.GetAsync($"/api/roster/gaps?hours={hours}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrors()).Keys, Is.EqualTo(new[] { "hours" }));
    }

    [Test]
    public async Task Shows_who_is_on_duty_at_the_second_02_30_of_the_autumn_night()
    {
        var onDuty = await _admin.GetFromJsonAsync<OnDutyResponse>("/api/roster/on-duty?at=2026-10-25T02:30%2B01:00");

        Assert.That(onDuty!.AtUtc, Is.EqualTo(Utc(2026, 10, 25, 1, 30)));
        Assert.That(onDuty.Primaries.Select(member => member.Name), Is.EqualTo(new[] { "Anna Holm" }));
        Assert.That(onDuty.Backups.Select(member => member.Name), Is.EqualTo(new[] { "Bo Lund" }));
        Assert.That(onDuty.Coordinators.Select(member => member.Name), Is.EqualTo(new[] { "Dorte Juul" }));
    }

    [Test]
    public async Task Shows_who_is_on_duty_now_by_the_clock()
    {
        var onDuty = await _admin.GetFromJsonAsync<OnDutyResponse>("/api/roster/on-duty");

        Assert.That(onDuty!.AtUtc, Is.EqualTo(_time.GetUtcNow()));
        Assert.That(onDuty.Primaries, Is.Empty);
        Assert.That(onDuty.Coordinators, Has.Count.EqualTo(1));
    }
}
