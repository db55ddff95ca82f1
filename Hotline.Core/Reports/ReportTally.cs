namespace Hotline.Reports;

// The counts of one period (a month, or a year as the sum of its months), before suppression.
public sealed class ReportTally
{
    readonly Dictionary<string, long> _channels = [];
    readonly Dictionary<string, long> _outcomes = [];
    readonly Dictionary<string, long> _categories = [];
    readonly Dictionary<string, long> _urgencies = [];
    readonly Dictionary<string, long> _callerRoles = [];
    readonly Dictionary<string, long> _languages = [];
    readonly SortedDictionary<long, long> _ackSeconds = [];

    public long Contacts { get; private set; }

    public long Escalations { get; private set; }

    public IEnumerable<string> Languages => _languages.Keys;

    // Every contact has exactly one channel, so the channel breakdown gives the total.
    public void Add(LabelCount row)
    {
        switch (row.Dimension)
        {
            case ReportStore.Channel:
                Contacts += row.Contacts;
                Increment(_channels, row.Label, row.Contacts);
                break;
            case ReportStore.Outcome when row.Label.Length > 0:
                Increment(_outcomes, row.Label, row.Contacts);
                break;
            case ReportStore.Category:
                Increment(_categories, Label(row.Label), row.Contacts);
                break;
            case ReportStore.Urgency:
                Increment(_urgencies, Label(row.Label), row.Contacts);
                break;
            case ReportStore.CallerRole:
                Increment(_callerRoles, Label(row.Label), row.Contacts);
                break;
            case ReportStore.Language:
                Increment(_languages, Label(row.Label), row.Contacts);
                break;
        }
    }

    public void Add(AlertCount row)
    {
        if (row.AckSeconds >= 0)
        {
            Increment(_ackSeconds, row.AckSeconds, row.Alerts);
        }

        Escalations += row.Escalated;
    }

    public void Add(ReportTally other)
    {
        Contacts += other.Contacts;
        Escalations += other.Escalations;
        AddAll(_channels, other._channels);
        AddAll(_outcomes, other._outcomes);
        AddAll(_categories, other._categories);
        AddAll(_urgencies, other._urgencies);
        AddAll(_callerRoles, other._callerRoles);
        AddAll(_languages, other._languages);
        AddAll(_ackSeconds, other._ackSeconds);
    }

    public long Channel(string channel) => _channels.GetValueOrDefault(channel);

    public long Outcome(string outcome) => _outcomes.GetValueOrDefault(outcome);

    public long Category(string category) => _categories.GetValueOrDefault(category);

    public long Urgency(string urgency) => _urgencies.GetValueOrDefault(urgency);

    public long CallerRole(string callerRole) => _callerRoles.GetValueOrDefault(callerRole);

    public long Language(string language) => _languages.GetValueOrDefault(language);

    public IReadOnlyList<KeyValuePair<long, long>> AckSeconds => [.. _ackSeconds];

    static string Label(string value) => value.Length == 0 ? ReportLabels.Untriaged : value;

    static void Increment<TKey>(IDictionary<TKey, long> counts, TKey key, long by) =>
        counts[key] = counts.TryGetValue(key, out var count) ? count + by : by;

    static void AddAll<TKey>(IDictionary<TKey, long> counts, IDictionary<TKey, long> more)
    {
        foreach (var (key, count) in more)
        {
            Increment(counts, key, count);
        }
    }
}
