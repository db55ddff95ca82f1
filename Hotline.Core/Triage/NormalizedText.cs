namespace Hotline.Triage;

// Tokens[i] is a folded word; ClauseStarts[i] is true when punctuation separates it from the word before.
// Compact is all tokens run together, for scripts written without spaces between words (Thai).
internal sealed record NormalizedText(string[] Tokens, bool[] ClauseStarts, string Compact, bool HasUnspacedScript, int LetterCount);
