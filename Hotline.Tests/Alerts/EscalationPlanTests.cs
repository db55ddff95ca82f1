using Hotline.Roster;
using static Hotline.Alerts.EscalationPlan;

namespace Hotline.Tests.Alerts;

public class EscalationPlanTests
{
    static readonly StaffMember Anna = new(1, "Anna", "+4520000001", ["da", "en"], false);
    static readonly StaffMember Piotr = new(2, "Piotr", "+4520000002", ["pl", "en"], false);
    static readonly StaffMember Bente = new(3, "Bente", "+4520000003", ["da"], false);
    static readonly StaffMember Carl = new(4, "Carl", "+4520000004", ["da"], true);
    static readonly StaffMember Dorte = new(5, "Dorte", "+4520000005", ["da", "de"], true);

    [Test]
    public void Goes_primary_backup_coordinators_and_round_again()
    {
        Assert.That(Enumerable.Range(0, 7).Select(TierOf), Is.EqualTo(new[]
        {
            Tier.Primary, Tier.Backup, Tier.Coordinators, Tier.Primary, Tier.Backup, Tier.Coordinators, Tier.Primary,
        }));
        Assert.That(LastStep(rounds: 3), Is.EqualTo(8));
    }

    [Test]
    public void Picks_the_primary_who_speaks_the_language()
    {
        var onDuty = new OnDuty([Anna, Piotr], [Bente], [Carl]);

        Assert.That(Recipients(Tier.Primary, onDuty, "pl"), Is.EqualTo(new[] { Piotr }));
        Assert.That(Recipients(Tier.Primary, onDuty, "da"), Is.EqualTo(new[] { Anna }));
    }

    [Test]
    public void Falls_back_to_a_primary_who_does_not_speak_it()
    {
        var onDuty = new OnDuty([Piotr], [Bente], [Carl]);

        Assert.That(Recipients(Tier.Primary, onDuty, "th"), Is.EqualTo(new[] { Piotr }));
    }

    [Test]
    public void Alerts_every_backup_and_every_coordinator_together()
    {
        var onDuty = new OnDuty([Anna], [Bente, Piotr], [Dorte, Carl]);

        Assert.That(Recipients(Tier.Backup, onDuty, "da"), Is.EqualTo(new[] { Piotr, Bente }));
        Assert.That(Recipients(Tier.Coordinators, onDuty, "da"), Is.EqualTo(new[] { Carl, Dorte }));
    }

    [Test]
    public void Finds_nobody_at_an_empty_tier()
    {
        var nobody = new OnDuty([], [], [Carl]);

        Assert.That(Recipients(Tier.Primary, nobody, "da"), Is.Empty);
        Assert.That(Recipients(Tier.Backup, nobody, "da"), Is.Empty);
    }
}
