using System.Text.Json;
using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class TriageJsonLinesTests
{
    static readonly TriageClassifier Classifier = new();

    [Test]
    public void Answers_each_line_with_the_labels_and_names_a_malformed_line_without_stopping()
    {
        var input = new StringReader("""
            {"id":"a","text":"Szef zabrał nam paszporty i nie płaci od trzech miesięcy","channel":"sms"}
            this is not json
            {"id":"c","channel":"sms"}
            {"id":"d","text":"hello, what are your opening hours?","channel":"fax"}

            {"id":"e","text":"hej hvad er jeres åbningstider","channel":"voice"}
            """);
        var output = new StringWriter();

        var malformed = TriageJsonLines.Run(input, output, Classifier);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

        Assert.That(malformed, Is.EqualTo(3));
        Assert.That(lines, Has.Count.EqualTo(5), "one answer per non-empty line");
        Assert.That(lines[0].GetProperty("id").GetString(), Is.EqualTo("a"));
        Assert.That(lines[0].GetProperty("category").GetString(), Is.EqualTo(Category.ForcedLabour));
        Assert.That(lines[0].GetProperty("language").GetString(), Is.EqualTo("pl"));
        Assert.That(lines[0].GetProperty("indicators").GetArrayLength(), Is.GreaterThan(0));
        foreach (var field in new[] { "urgency", "callerRole", "contactSafety" })
        {
            Assert.That(lines[0].TryGetProperty(field, out _), Is.True, field);
        }

        Assert.That(lines[1].GetProperty("line").GetInt32(), Is.EqualTo(2));
        Assert.That(lines[1].GetProperty("error").GetString(), Does.Contain("JSON"));
        Assert.That(lines[2].GetProperty("id").GetString(), Is.EqualTo("c"));
        Assert.That(lines[2].GetProperty("error").GetString(), Does.Contain("text"));
        Assert.That(lines[3].GetProperty("error").GetString(), Does.Contain("channel"));
        Assert.That(lines[4].GetProperty("id").GetString(), Is.EqualTo("e"));
        Assert.That(lines[4].GetProperty("category").GetString(), Is.EqualTo(Category.None));
    }
}
