using Hotline.Roster;

namespace Hotline.Tests.Roster;

public class CopenhagenTimeTests
{
    [TestCase("2026-01-15T09:00", "2026-01-15T08:00:00Z")]
    [TestCase("2026-07-15T09:00", "2026-07-15T07:00:00Z")]
    [TestCase("2026-03-29T01:59:59", "2026-03-29T00:59:59Z")]
    [TestCase("2026-03-29T03:00", "2026-03-29T01:00:00Z")]
    [TestCase("2026-07-15T09:00:00+02:00", "2026-07-15T07:00:00Z")]
    [TestCase("2026-07-15T09:00Z", "2026-07-15T09:00:00Z")]
    public void Reads_a_wall_clock_time_in_Copenhagen_or_a_time_with_an_offset(string text, string expectedUtc)
    {
        var parsed = CopenhagenTime.TryParse(text, out var instant, out var error);

        Assert.That(parsed, Is.True, error);
        Assert.That(instant, Is.EqualTo(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("2026-03-29T02:00")]
    [TestCase("2026-03-29T02:30")]
    [TestCase("2026-03-29T02:59")]
    public void Refuses_a_wall_clock_time_the_spring_change_skips(string text)
    {
        var parsed = CopenhagenTime.TryParse(text, out _, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(error, Does.Contain("does not exist").And.Contain("Europe/Copenhagen"));
    }

    [Test]
    public void Takes_the_first_occurrence_of_a_wall_clock_time_the_autumn_change_repeats()
    {
        var parsed = CopenhagenTime.TryParse("2026-10-25T02:30", out var instant, out _);

        Assert.That(parsed, Is.True);
        Assert.That(instant, Is.EqualTo(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)));
        Assert.That(CopenhagenTime.ToLocal(instant).Offset, Is.EqualTo(TimeSpan.FromHours(2)));
    }

    [Test]
    public void Takes_the_second_occurrence_when_the_winter_offset_is_given()
    {
        var parsed = CopenhagenTime.TryParse("2026-10-25T02:30+01:00", out var instant, out _);

        Assert.That(parsed, Is.True);
        Assert.That(instant, Is.EqualTo(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero)));
    }

    [TestCase("")]
    [TestCase("tomorrow")]
    [TestCase("2026-13-01T10:00")]
    [TestCase("2026-03-29 22:00")]
    [TestCase("2026-03-29T22:00+15:00")]
    public void Refuses_what_is_not_an_ISO_date_and_time(string text)
    {
        Assert.That(CopenhagenTime.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.Not.Empty);
    }

    [Test]
    public void Shows_an_instant_with_the_offset_of_the_day()
    {
        var winter = CopenhagenTime.ToLocal(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
        var summer = CopenhagenTime.ToLocal(new DateTimeOffset(2026, 7, 15, 7, 0, 0, TimeSpan.Zero));

        Assert.That(winter, Has.Property("Hour").EqualTo(9).And.Property("Offset").EqualTo(TimeSpan.FromHours(1)));
        Assert.That(summer, Has.Property("Hour").EqualTo(9).And.Property("Offset").EqualTo(TimeSpan.FromHours(2)));
    }
}
