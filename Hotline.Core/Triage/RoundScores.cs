namespace Hotline.Triage;

// One held-out round scored four ways: (a) lexicons and rules, (b) the model alone from the words only and
// (b') with the lexicons' indicators as features too, (c) lexicons and model combined.
public sealed record RoundScores(
    string Name,
    EvaluationResult Lexicon,
    EvaluationResult ModelFromText,
    EvaluationResult ModelWithIndicators,
    EvaluationResult Combined);
