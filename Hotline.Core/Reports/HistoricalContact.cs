namespace Hotline.Reports;

// One validated row of an import-contacts file, as historical_contacts stores it.
public sealed record HistoricalContact(
    int Line,
    string RowKey,
    DateTime ReceivedAt,
    string Channel,
    string? Category,
    string? Urgency,
    string? CallerRole,
    string? Language,
    string? Outcome,
    int? AckSeconds,
    bool? Escalated);

// What is wrong with a file, where: "line 7, column urgency: …". Column is null for a whole line.
public sealed record ImportProblem(int Line, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"line {Line}: {Message}" : $"line {Line}, column {Column}: {Message}";
}

public sealed record ImportResult(int Rows, int Imported, int AlreadyThere, IReadOnlyList<ImportProblem> Problems, int MoreProblems)
{
    public bool Succeeded => Problems.Count == 0;
}
