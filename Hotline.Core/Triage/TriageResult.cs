namespace Hotline.Triage;

public sealed record TriageResult(
    string Category,
    string Urgency,
    string CallerRole,
    string ContactSafety,
    string Language,
    IReadOnlyList<string> Indicators,
    bool InterpreterNeeded);
