namespace Hotline.Roster;

// Fetches a published calendar (an .ics URL) for import. A typed HttpClient, configured in
// AddRoster with a deadline and a size limit, so that a slow or huge answer cannot hold the request.
public sealed class CalendarFetcher(HttpClient http)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    // Throws HttpRequestException when the calendar cannot be fetched, TaskCanceledException on
    // the deadline.
    public async Task<string> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        await http.GetStringAsync(url, cancellationToken);
}
