namespace Hotline.Triage;

public sealed record EvaluatedExample(LabelledExample Expected, TriageResult Predicted)
{
    public bool IsFullyCorrect =>
        Expected.Category == Predicted.Category
            && Expected.Urgency == Predicted.Urgency
            && Expected.CallerRole == Predicted.CallerRole
            && Expected.ContactSafety == Predicted.ContactSafety
            && Expected.Language == Predicted.Language;
}
