using Hotline.Reports;

namespace Hotline.Tests.Reports;

public class CsvRecordsTests
{
    [Test]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks_and_keeps_each_record_s_first_line()
    {
        var records = CsvRecords.Read(new StringReader("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n")).ToList();

        Assert.That(records.Select(record => record.Line), Is.EqualTo(new[] { 1, 2, 4 }));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "x, y", "say \"hi\"", "two\nlines" }));
        Assert.That(records[2].Fields, Is.EqualTo(new[] { "last", "", "" }));
    }

    [Test]
    public void Skips_empty_lines_and_reads_a_last_line_without_a_line_break()
    {
        var records = CsvRecords.Read(new StringReader("a,b\n\n1,2")).ToList();

        Assert.That(records.Select(record => (record.Line, record.Fields.Count)), Is.EqualTo(new[] { (1, 2), (3, 2) }));
    }

    [Test]
    public void Names_the_line_of_a_quoted_field_that_is_never_closed()
    {
        var exception = Assert.Throws<CsvFormatException>(() => CsvRecords.Read(new StringReader("a,b\n1,\"open\n2,3\n")).ToList());

        Assert.That(exception!.Line, Is.EqualTo(2));
    }
}
