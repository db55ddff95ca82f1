using System.Data.Common;
using System.Globalization;
using Dapper;
using Hotline.Data;
using Hotline.Privacy;
using Hotline.Roster;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Alerts;

// Contacts without signs of trafficking alert nobody; once a day, at Alerts:DailySummaryAt in
// Copenhagen, the coordinators get one SMS that counts the previous day's, so none is unseen.
public sealed class DailySummary(
    HotlineDatabase database,
    RosterStore roster,
    DeliveryStore deliveries,
    DeliveryDispatcher dispatcher,
    PersonalDataProtector protector,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<DailySummary> logger)
{
    const string ClaimDaySql = "INSERT INTO daily_summaries (day, sent_at) VALUES (@Day, @Now)";

    const string CountNoneSql = """
        SELECT COUNT(*) FROM contacts
        WHERE category = 'none' AND received_at >= @From AND received_at < @To
        """;

    // Sends the summary of the local day before today once it is due; every later call that day,
    // from this worker or another, finds the day claimed and does nothing. A worker that dies
    // between the claim and writing the messages costs that day's summary, not a contact: the
    // contacts stay in the database and the dashboard.
    public async Task SendIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var localNow = CopenhagenTime.ToLocal(now);
        if (TimeOnly.FromDateTime(localNow.DateTime) < options.Value.DailySummaryAt)
        {
            return;
        }

        var today = DateOnly.FromDateTime(localNow.DateTime);
        var day = today.AddDays(-1);
        var from = StartOfDayUtc(day);
        var to = StartOfDayUtc(today);
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await using var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(ClaimDaySql, new { Day = dayText, Now = now.UtcDateTime }, cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
        {
            return;
        }

        var none = await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountNoneSql, new { From = from, To = to }, cancellationToken: cancellationToken));
        if (none == 0)
        {
            return;
        }

        var body = $"Hotline summary {dayText}: {none} contact(s) without signs of trafficking (no alert was sent). See the dashboard.";
        var coordinators = (await roster.OnDutyAsync(now, cancellationToken)).Coordinators;
        var ids = new List<long>();
        foreach (var coordinator in coordinators)
        {
            ids.Add(await deliveries.AddMessageAsync(
                "summary", null, coordinator.Id, protector.Encrypt(coordinator.Phone, ProtectedColumns.DeliveryTo), protector.CurrentKeyId,
                body, $"summary:{dayText}:{coordinator.Id}", cancellationToken));
        }

        logger.LogInformation("Daily summary for {Day}: {Count} contact(s) without alert, sent to {Coordinators} coordinator(s)", dayText, none, coordinators.Count);
        await dispatcher.SendAsync(ids, cancellationToken);
    }

    static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), CopenhagenTime.Zone);
}
