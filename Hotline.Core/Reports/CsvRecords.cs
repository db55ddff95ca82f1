using System.Text;

namespace Hotline.Reports;

// One record of a CSV file and the line it starts on (a quoted field may span lines).
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

// A file that is not CSV at all, at Line.
public sealed class CsvFormatException(int line, string message) : FormatException(message)
{
    public int Line { get; } = line;
}

// A small RFC 4180 reader: comma-separated, "quoted" fields with "" for a quote, CRLF or LF. It
// keeps the line each record starts on, which the import's error messages name; no library needed
// for that (CsvHelper can, but its errors would still have to be rephrased by line and column).
public static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    if (fields.Count > 1 || fields[0].Length > 0 || wasQuoted)
                    {
                        yield return new CsvRecord(recordLine, [.. fields]);
                    }

                    fields.Clear();
                    field.Clear();
                    wasQuoted = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new CsvFormatException(recordLine, "a quoted field is not closed before the end of the file.");
        }

        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0 || wasQuoted)
        {
            yield return new CsvRecord(recordLine, [.. fields]);
        }
    }
}
