using Dapper;
using Hotline.Configuration;
using Hotline.Data;

namespace Hotline.Audit;

public sealed class AuditStore(HotlineDatabase database, TimeProvider time) : IAuditLog
{
    public const int MaxLimit = 500;

    const string InsertSql = "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (@At, @Actor, @Action, @Target, @Detail)";

    public Task RecordAsync(string actor, string action, string? target, string? detail, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            InsertSql,
            new { At = time.GetUtcNow().UtcDateTime, Actor = Cut(actor, 200), Action = Cut(action, 200), Target = target is null ? null : Cut(target, 200), Detail = detail is null ? null : Cut(detail, 1000) },
            cancellationToken);

    // Keyset paging (id < @Before), newest first; the filters are optional.
    const string PageSqliteSql = """
        SELECT id AS Id, at AS At, actor AS Actor, action AS Action, target AS Target, detail AS Detail
        FROM audit_log
        WHERE (@From IS NULL OR at >= @From) AND (@To IS NULL OR at < @To) AND (@Actor IS NULL OR actor = @Actor)
          AND (@Action IS NULL OR action = @Action) AND (@Before IS NULL OR id < @Before)
        ORDER BY id DESC
        LIMIT @Limit
        """;

    const string PageSqlServerSql = """
        SELECT TOP (@Limit) id AS Id, at AS At, actor AS Actor, action AS Action, target AS Target, detail AS Detail
        FROM audit_log
        WHERE (@From IS NULL OR at >= @From) AND (@To IS NULL OR at < @To) AND (@Actor IS NULL OR actor = @Actor)
          AND (@Action IS NULL OR action = @Action) AND (@Before IS NULL OR id < @Before)
        ORDER BY id DESC
        """;

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var entries = (await connection.QueryAsync<AuditEntry>(new CommandDefinition(
            database.Kind == DatabaseKind.Sqlite ? PageSqliteSql : PageSqlServerSql,
            new { query.From, query.To, query.Actor, query.Action, query.Before, Limit = limit },
            cancellationToken: cancellationToken))).ToList();
        return new AuditPage(entries, entries.Count == limit ? entries[^1].Id : null);
    }

    static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
