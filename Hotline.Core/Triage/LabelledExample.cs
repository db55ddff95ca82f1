namespace Hotline.Triage;

// One line of a labelled JSONL file such as dev.jsonl.
public sealed record LabelledExample(
    string Id,
    string Channel,
    string Text,
    string Category,
    string Urgency,
    string CallerRole,
    string ContactSafety,
    string Language);
