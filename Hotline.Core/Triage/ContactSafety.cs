namespace Hotline.Triage;

public static class ContactSafety
{
    public const string Any = "any";
    public const string TextOnly = "text_only";
    public const string NoContact = "no_contact";
}
