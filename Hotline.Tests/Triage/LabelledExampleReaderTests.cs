using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class LabelledExampleReaderTests
{
    private const string GoodLine =
        """{"id": "x-1", "channel": "sms", "text": "help", "category": "unclear", "urgency": "high", "callerRole": "unknown", "contactSafety": "any", "language": "en"}""";

    private static readonly string[] ExpectedIds = ["x-1", "x-2"];

    [Test]
    public void Reads_one_example_per_line()
    {
        var set = LabelledExampleReader.Read(new StringReader(GoodLine + "\n" + GoodLine.Replace("x-1", "x-2", StringComparison.Ordinal)));

        Assert.Multiple(() =>
        {
            Assert.That(set.Errors, Is.Empty);
            Assert.That(set.Examples.Select(example => example.Id), Is.EqualTo(ExpectedIds));
            Assert.That(set.Examples[0].CallerRole, Is.EqualTo(CallerRole.Unknown));
        });
    }

    [Test]
    public void Reports_a_malformed_line_by_its_number_and_keeps_the_rest()
    {
        var input = string.Join("\n", GoodLine, "", "{\"id\": \"broken\", \"text\": ", GoodLine);

        var set = LabelledExampleReader.Read(new StringReader(input));

        Assert.Multiple(() =>
        {
            Assert.That(set.Examples, Has.Count.EqualTo(2));
            Assert.That(set.Errors, Has.Count.EqualTo(1));
            Assert.That(set.Errors[0].LineNumber, Is.EqualTo(3));
        });
    }

    [Test]
    public void Reports_a_line_with_missing_fields()
    {
        var set = LabelledExampleReader.Read(new StringReader("""{"id": "x-3", "channel": "sms", "text": "hi"}"""));

        Assert.Multiple(() =>
        {
            Assert.That(set.Examples, Is.Empty);
            Assert.That(set.Errors.Single().LineNumber, Is.EqualTo(1));
            Assert.That(set.Errors.Single().Message, Does.Contain("category"));
        });
    }
}
