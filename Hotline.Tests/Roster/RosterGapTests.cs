using Hotline.Roster;

namespace Hotline.Tests.Roster;

public class RosterGapTests
{
    static readonly DateTimeOffset Start = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    static DateTimeOffset H(double hours) => Start.AddHours(hours);

    [Test]
    public void The_whole_window_is_a_gap_when_nothing_covers_it()
    {
        Assert.That(RosterGap.Between(H(0), H(10), []), Is.EqualTo(new[] { new RosterGap(H(0), H(10)) }));
    }

    [Test]
    public void Overlapping_and_touching_shifts_leave_no_gap_between_them()
    {
        var gaps = RosterGap.Between(H(0), H(10), [(H(-2), H(3)), (H(2), H(5)), (H(5), H(10))]);

        Assert.That(gaps, Is.Empty);
    }

    [Test]
    public void Finds_the_holes_between_before_and_after_the_shifts()
    {
        var gaps = RosterGap.Between(H(0), H(24), [(H(12), H(14)), (H(2), H(8)), (H(3), H(4))]);

        Assert.That(gaps, Is.EqualTo(new[]
        {
            new RosterGap(H(0), H(2)),
            new RosterGap(H(8), H(12)),
            new RosterGap(H(14), H(24)),
        }));
    }

    [Test]
    public void Ignores_shifts_outside_the_window()
    {
        var gaps = RosterGap.Between(H(0), H(10), [(H(-5), H(-1)), (H(11), H(20))]);

        Assert.That(gaps, Is.EqualTo(new[] { new RosterGap(H(0), H(10)) }));
    }
}
