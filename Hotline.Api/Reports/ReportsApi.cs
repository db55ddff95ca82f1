using System.Text;
using Hotline.Api.Staff;
using Hotline.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Api.Reports;

// Aggregates for analysts (the reports contract): JSON by default, CSV with format=csv or
// Accept: text/csv, small counts withheld with suppress=true.
public static class ReportsApi
{
    const string CsvContentType = "text/csv; charset=utf-8";

    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").RequireAuthorization(Roles.Analyst);
        reports.MapGet("/monthly", Monthly);
        reports.MapGet("/yearly", Yearly);
        return api;
    }

    static async Task<Results<Ok<MonthlyReport>, FileContentHttpResult, ValidationProblem>> Monthly(
        string? from, string? to, bool? suppress, string? format, HttpRequest request, ContactReports reports, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ReportMonths.TryParse(from, out var first))
        {
            errors["from"] = [$"'from' must be a month like 2026-01 (yyyy-MM, years {ReportMonths.MinYear}–{ReportMonths.MaxYear})."];
        }

        if (!ReportMonths.TryParse(to, out var last))
        {
            errors["to"] = [$"'to' must be a month like 2026-12 (yyyy-MM, years {ReportMonths.MinYear}–{ReportMonths.MaxYear})."];
        }
        else if (errors.Count == 0 && last < first)
        {
            errors["to"] = ["'to' must not be before 'from'."];
        }
        else if (errors.Count == 0 && ReportMonths.Count(first, last) > ContactReports.MaxMonths)
        {
            errors["to"] = [$"A report covers at most {ContactReports.MaxMonths} months."];
        }

        var csv = WantsCsv(format, request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var report = await reports.MonthlyAsync(first, last, suppress ?? false, cancellationToken);
        return csv
            ? Csv(ReportCsv.Monthly(report), $"hotline-monthly-{report.From}-{report.To}.csv")
            : TypedResults.Ok(report);
    }

    static async Task<Results<Ok<YearlyReport>, FileContentHttpResult, ValidationProblem>> Yearly(
        string? from, string? to, bool? suppress, string? format, HttpRequest request, ContactReports reports, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ReportMonths.TryParseYear(from, out var first))
        {
            errors["from"] = [$"'from' must be a year like 2025 ({ReportMonths.MinYear}–{ReportMonths.MaxYear})."];
        }

        if (!ReportMonths.TryParseYear(to, out var last))
        {
            errors["to"] = [$"'to' must be a year like 2026 ({ReportMonths.MinYear}–{ReportMonths.MaxYear})."];
        }
        else if (first is { } start && last < start)
        {
            errors["to"] = ["'to' must not be before 'from'."];
        }
        else if (first is { } begin && last - begin + 1 > ContactReports.MaxYears)
        {
            errors["to"] = [$"A report covers at most {ContactReports.MaxYears} years."];
        }

        var csv = WantsCsv(format, request, errors);
        if (errors.Count > 0 || first is null || last is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var report = await reports.YearlyAsync(first.Value, last.Value, suppress ?? false, cancellationToken);
        return csv
            ? Csv(ReportCsv.Yearly(report), $"hotline-yearly-{report.From}-{report.To}.csv")
            : TypedResults.Ok(report);
    }

    // format=csv or format=json decide; without it, an Accept header that names text/csv does.
    static bool WantsCsv(string? format, HttpRequest request, Dictionary<string, string[]> errors)
    {
        switch (format?.ToLowerInvariant())
        {
            case "csv":
                return true;
            case "json":
                return false;
            case null:
                return request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
            default:
                errors["format"] = ["'format' must be json or csv."];
                return false;
        }
    }

    static FileContentHttpResult Csv(string csv, string fileName) =>
        TypedResults.File(Encoding.UTF8.GetBytes(csv), CsvContentType, fileName);
}
