namespace Hotline.Triage;

// One language's cue phrases, as read from Lexicons/<code>.json. See CuePattern for the phrase syntax.
internal sealed record Lexicon(
    string Language,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> ScopeBreaks,
    IReadOnlyList<string> Conditionals,
    IReadOnlyList<string> Fillers,
    IReadOnlyDictionary<string, string> Abbreviations,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Cues)
{
    // Cues in the common lexicon (numbers, brand names, loan words) count fully whatever the language.
    public const string CommonLanguage = "common";

    public bool IsCommon => Language == CommonLanguage;
}
