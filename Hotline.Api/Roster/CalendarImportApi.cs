using System.Text;
using System.Text.Json;
using Hotline.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Api.Roster;

// POST /api/shifts/import: an .ics body (text/calendar), or {"url": "https://…"} (application/json)
// naming a published calendar to fetch. Answers with what was created, updated, removed and skipped.
public static class CalendarImportApi
{
    public static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, CalendarImporter importer, CalendarFetcher fetcher, CancellationToken cancellationToken)
    {
        string calendar;
        if (request.HasJsonContentType())
        {
            var (url, problem) = await ReadUrlAsync(request, cancellationToken);
            if (problem is not null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [problem] });
            }

            try
            {
                calendar = await fetcher.FetchAsync(url!, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                var reason = exception.StatusCode is { } status ? $"it answered {(int)status}" : exception.Message;
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [$"The calendar could not be fetched: {reason}."] });
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [$"The calendar did not arrive within {CalendarFetcher.Timeout.TotalSeconds:0} s."] });
            }
        }
        else if (IsCalendar(request.ContentType))
        {
            if (request.ContentLength > CalendarFetcher.MaxBytes)
            {
                return TypedResults.Problem($"A calendar may be at most {CalendarFetcher.MaxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            calendar = await reader.ReadToEndAsync(cancellationToken);
        }
        else
        {
            return TypedResults.Problem(
                "Send the calendar as text/calendar, or {\"url\": \"https://…\"} as application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return TypedResults.Ok(await importer.ImportAsync(calendar, cancellationToken));
        }
        catch (FormatException exception)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["calendar"] = [exception.Message] });
        }
    }

    static async Task<(Uri? Url, string? Problem)> ReadUrlAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ImportUrlRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<ImportUrlRequest>(cancellationToken);
        }
        catch (JsonException)
        {
            return (null, "The body is not JSON like {\"url\": \"https://…\"}.");
        }

        return Uri.TryCreate(body?.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? (url, null)
            : (null, "An absolute http or https URL of an .ics calendar is required.");
    }

    // Calendar exports are often served as text/plain or application/octet-stream too.
    static bool IsCalendar(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase));
}
