using System.Xml.Linq;

namespace Hotline.Tests.Api.Voice;

// Reading parsed TwiML in tests.
public static class TwiMLRead
{
    public static IReadOnlyList<string> Verbs(this XElement response) => response.Elements().Select(element => element.Name.LocalName).ToList();

    public static XElement Only(this XElement response, string verb) => response.Descendants(verb).Single();

    public static string Attr(this XElement element, string name) => element.Attribute(name)?.Value ?? "";

    public static IReadOnlyList<string> SayLanguages(this XElement element) =>
        element.Descendants("Say").Select(say => say.Attr("language")).ToList();

    public static string SaidText(this XElement element) => string.Join(" ", element.Descendants("Say").Select(say => say.Value));
}
