namespace Hotline.Triage;

public static class LanguageCode
{
    public const string Undetermined = "und";
    public const string Danish = "da";
    public const string English = "en";

    // The duty staff speak these; every other language, or none we can tell, needs an interpreter.
    public static bool NeedsInterpreter(string code) => code is not (Danish or English);
}
