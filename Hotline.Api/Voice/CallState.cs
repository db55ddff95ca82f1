namespace Hotline.Api.Voice;

// What the menu decided, carried from one webhook of a call to the next in the query string.
public sealed record CallState(string? Language, bool Danger)
{
    public static CallState From(IQueryCollection query) => new(
        query["lang"].ToString() is { Length: > 0 } language ? language : null,
        query["danger"] == "1");

    public Dictionary<string, string?> Query((string Name, string Value)? extra = null)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal) { ["danger"] = Danger ? "1" : "0" };
        if (Language is not null)
        {
            query["lang"] = Language;
        }

        if (extra is { } pair)
        {
            query[pair.Name] = pair.Value;
        }

        return query;
    }
}
