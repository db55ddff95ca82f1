using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Hotline.Data;
using Hotline.Roster;
using Hotline.Triage;

namespace Hotline.Reports;

// import-contacts: contacts from before the service, from a CSV file, so that the trends reach
// back further. The file is read twice: first every row is checked and nothing is written if any
// is wrong; then all rows go in within one transaction. Each row has a key (row_key) that a
// second run finds, so it imports nothing twice and a file with rows added at the end imports
// only those.
public sealed partial class HistoricalContactImporter(HotlineDatabase database, TimeProvider time)
{
    public const int ProgressEvery = 10_000;
    public const int MaxProblemsListed = 100;
    public const int MaxSourceIdLength = 200;

    // The longest time to acknowledge an old record may claim: anything longer is a typo.
    public const int MaxAckSeconds = 30 * 24 * 3600;

    static readonly List<string> Urgencies = [.. ReportLabels.Urgencies.Except([ReportLabels.Untriaged])];
    static readonly List<string> CallerRoles = [.. ReportLabels.CallerRoles.Except([ReportLabels.Untriaged])];

    const string InsertSql = """
        INSERT INTO historical_contacts (row_key, source_file, line, received_at, channel, category, urgency, caller_role, language, outcome, ack_seconds, escalated, imported_at)
        SELECT @RowKey, @SourceFile, @Line, @ReceivedAt, @Channel, @Category, @Urgency, @CallerRole, @Language, @Outcome, @AckSeconds, @Escalated, @ImportedAt
        WHERE NOT EXISTS (SELECT 1 FROM historical_contacts WHERE row_key = @RowKey)
        """;

    public async Task<ImportResult> ImportAsync(string path, TextWriter progress, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        var moreProblems = 0;
        var rows = 0;
        foreach (var (row, problem) in ReadRows(path))
        {
            if (problem is not null)
            {
                if (problems.Count < MaxProblemsListed)
                {
                    problems.Add(problem);
                }
                else
                {
                    moreProblems++;
                }
            }
            else if (row is not null && ++rows % ProgressEvery == 0)
            {
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import-contacts: checked {rows:N0} rows"));
            }
        }

        if (problems.Count > 0)
        {
            return new ImportResult(rows, 0, 0, problems, moreProblems);
        }

        var sourceFile = Path.GetFileName(path);
        var importedAt = time.GetUtcNow().UtcDateTime;
        var imported = 0;
        var done = 0;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (row, problem) in ReadRows(path))
        {
            if (row is null)
            {
                // Nothing is committed: the transaction is rolled back when it is disposed.
                throw new InvalidOperationException($"The file changed while it was imported ({problem}); nothing was imported.");
            }

            imported += await connection.ExecuteAsync(new CommandDefinition(
                InsertSql,
                new
                {
                    row.RowKey,
                    SourceFile = sourceFile.Length > 260 ? sourceFile[..260] : sourceFile,
                    row.Line,
                    row.ReceivedAt,
                    row.Channel,
                    row.Category,
                    row.Urgency,
                    row.CallerRole,
                    row.Language,
                    row.Outcome,
                    row.AckSeconds,
                    row.Escalated,
                    ImportedAt = importedAt,
                },
                transaction,
                cancellationToken: cancellationToken));
            if (++done % ProgressEvery == 0)
            {
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import-contacts: imported {done:N0} of {rows:N0} rows"));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(rows, imported, rows - imported, [], 0);
    }

    // Every record of the file as a valid row or a problem. A broken header ends the file: without
    // it no row can be read.
    IEnumerable<(HistoricalContact? Row, ImportProblem? Problem)> ReadRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var records = SafeRecords(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            yield return (null, new ImportProblem(1, null, "the file is empty: the first line must name the columns."));
            yield break;
        }

        if (records.Current.Problem is { } broken)
        {
            yield return (null, broken);
            yield break;
        }

        var header = records.Current.Record!;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var headerProblems = new List<ImportProblem>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().ToLowerInvariant();
            if (!HistoricalColumns.Required.Contains(name) && !HistoricalColumns.Optional.Contains(name))
            {
                headerProblems.Add(new ImportProblem(header.Line, name, $"unknown column; the columns are {string.Join(", ", HistoricalColumns.Required.Concat(HistoricalColumns.Optional))}."));
            }
            else if (!columns.TryAdd(name, i))
            {
                headerProblems.Add(new ImportProblem(header.Line, name, "named twice."));
            }
        }

        headerProblems.AddRange(HistoricalColumns.Required.Where(name => !columns.ContainsKey(name))
            .Select(name => new ImportProblem(header.Line, name, "missing from the header.")));
        if (headerProblems.Count > 0)
        {
            foreach (var problem in headerProblems)
            {
                yield return (null, problem);
            }

            yield break;
        }

        var sourceIds = columns.ContainsKey(HistoricalColumns.SourceId) ? new HashSet<string>(StringComparer.Ordinal) : null;
        var now = time.GetUtcNow();
        while (records.MoveNext())
        {
            if (records.Current.Problem is { } problem)
            {
                yield return (null, problem);
                yield break;
            }

            var record = records.Current.Record!;
            if (record.Fields.Count != header.Fields.Count)
            {
                yield return (null, new ImportProblem(record.Line, null, $"{record.Fields.Count} fields, but the header names {header.Fields.Count}."));
                continue;
            }

            var problems = new List<ImportProblem>();
            var row = ParseRow(record, columns, sourceIds, now, problems);
            if (problems.Count > 0)
            {
                foreach (var found in problems)
                {
                    yield return (null, found);
                }
            }
            else
            {
                yield return (row, null);
            }
        }
    }

    static IEnumerable<(CsvRecord? Record, ImportProblem? Problem)> SafeRecords(TextReader reader)
    {
        using var records = CsvRecords.Read(reader).GetEnumerator();
        while (true)
        {
            CsvRecord record;
            ImportProblem? problem = null;
            try
            {
                if (!records.MoveNext())
                {
                    yield break;
                }

                record = records.Current;
            }
            catch (CsvFormatException exception)
            {
                record = null!;
                problem = new ImportProblem(exception.Line, null, exception.Message);
            }

            if (problem is not null)
            {
                yield return (null, problem);
                yield break;
            }

            yield return (record, null);
        }
    }

    static HistoricalContact? ParseRow(
        CsvRecord record, Dictionary<string, int> columns, HashSet<string>? sourceIds, DateTimeOffset now, List<ImportProblem> problems)
    {
        string Field(string name) => columns.TryGetValue(name, out var index) ? record.Fields[index].Trim() : "";

        void Problem(string column, string message) => problems.Add(new ImportProblem(record.Line, column, message));

        string? Label(string column, IReadOnlyList<string> allowed)
        {
            var value = Field(column).ToLowerInvariant();
            if (value.Length == 0)
            {
                return null;
            }

            if (!allowed.Contains(value))
            {
                Problem(column, $"'{Field(column)}' is not one of {string.Join(", ", allowed)} (or empty when not known).");
            }

            return value;
        }

        var receivedText = Field(HistoricalColumns.ReceivedAt);
        var receivedAt = default(DateTimeOffset);
        if (!IsoWithOffset().IsMatch(receivedText))
        {
            Problem(HistoricalColumns.ReceivedAt, $"'{receivedText}' is not an ISO 8601 time with a UTC offset, like 2021-03-14T09:30:00+01:00 or 2021-03-14T08:30:00Z.");
        }
        else if (!CopenhagenTime.TryParse(receivedText, out receivedAt, out var error))
        {
            Problem(HistoricalColumns.ReceivedAt, error);
        }
        else if (receivedAt > now)
        {
            Problem(HistoricalColumns.ReceivedAt, $"'{receivedText}' is in the future.");
        }

        var channel = Label(HistoricalColumns.Channel, ReportLabels.Channels);
        if (channel is null)
        {
            Problem(HistoricalColumns.Channel, "is required: sms or voice.");
        }

        var category = Label(HistoricalColumns.Category, Category.All);
        var urgency = Label(HistoricalColumns.Urgency, Urgencies);
        var callerRole = Label(HistoricalColumns.CallerRole, CallerRoles);

        var language = Field(HistoricalColumns.Language).ToLowerInvariant();
        if (language.Length > 0 && !LanguagePattern().IsMatch(language))
        {
            Problem(HistoricalColumns.Language, $"'{Field(HistoricalColumns.Language)}' is not an ISO 639-1 code like da, en or pl (or und when it could not be told).");
        }

        var outcome = Label(HistoricalColumns.Outcome, ReportLabels.Outcomes);
        if (outcome is not null && channel == Channel.Sms)
        {
            Problem(HistoricalColumns.Outcome, "an SMS has no outcome: leave it empty.");
        }

        int? ackSeconds = null;
        var ackText = Field(HistoricalColumns.AckSeconds);
        if (ackText.Length > 0)
        {
            if (int.TryParse(ackText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxAckSeconds)
            {
                ackSeconds = seconds;
            }
            else
            {
                Problem(HistoricalColumns.AckSeconds, $"'{ackText}' is not a whole number of seconds from 0 to {MaxAckSeconds}.");
            }
        }

        bool? escalated = Field(HistoricalColumns.Escalated).ToLowerInvariant() switch
        {
            "" => null,
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" => false,
            var other => Invalid(other),
        };

        bool? Invalid(string value)
        {
            Problem(HistoricalColumns.Escalated, $"'{value}' is not true or false (or empty when not known).");
            return null;
        }

        var sourceId = Field(HistoricalColumns.SourceId);
        if (sourceIds is not null)
        {
            if (sourceId.Length is 0 or > MaxSourceIdLength)
            {
                Problem(HistoricalColumns.SourceId, $"is required in every row once the column is there, up to {MaxSourceIdLength} characters.");
            }
            else if (!sourceIds.Add(sourceId))
            {
                Problem(HistoricalColumns.SourceId, $"'{sourceId}' is in the file twice.");
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var receivedUtc = receivedAt.UtcDateTime;
        var rowKey = sourceIds is not null
            ? "source:" + sourceId
            : "sha256:" + RowHash(record.Line, receivedUtc, channel!, category, urgency, callerRole, language, outcome, ackSeconds, escalated);
        return new HistoricalContact(
            record.Line, rowKey, receivedUtc, channel!, category, urgency, callerRole, language.Length == 0 ? null : language, outcome, ackSeconds, escalated);
    }

    // Without a source_id, a row is known by its line and its values (as read, so that quoting or
    // spacing does not matter): two identical rows on different lines are two contacts, and the
    // same file imported again hashes to the same keys.
    static string RowHash(int line, DateTime receivedAt, params object?[] values)
    {
        var text = string.Join('\u001f', new object?[] { line, receivedAt.ToString("O", CultureInfo.InvariantCulture) }.Concat(values)
            .Select(value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoWithOffset();

    [GeneratedRegex("^([a-z]{2}|und)$")]
    private static partial Regex LanguagePattern();
}
