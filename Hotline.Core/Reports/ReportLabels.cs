using Hotline.Triage;
using Hotline.Voice;

namespace Hotline.Reports;

// The keys of a report's breakdowns, in the taxonomy's order, so that every month lists the same
// ones (0 when none) and a CSV has the same columns whatever the data.
public static class ReportLabels
{
    // A contact whose label is not known: not triaged yet, or an imported row without it.
    public const string Untriaged = "untriaged";

    public static IReadOnlyList<string> Channels { get; } = [Channel.Sms, Channel.Voice];

    public static IReadOnlyList<string> Categories { get; } = [.. Category.All, Untriaged];

    public static IReadOnlyList<string> Urgencies { get; } = [Urgency.Immediate, Urgency.High, Urgency.Normal, Urgency.Low, Untriaged];

    public static IReadOnlyList<string> CallerRoles { get; } = [CallerRole.Self, CallerRole.ThirdParty, CallerRole.Professional, CallerRole.Unknown, Untriaged];

    public static IReadOnlyList<string> Outcomes { get; } = [CallOutcomes.Answered, CallOutcomes.Missed, CallOutcomes.Voicemail];
}
