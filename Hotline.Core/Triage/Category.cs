namespace Hotline.Triage;

public static class Category
{
    public const string SexualExploitation = "sexual_exploitation";
    public const string ForcedLabour = "forced_labour";
    public const string DomesticServitude = "domestic_servitude";
    public const string ForcedCriminality = "forced_criminality";
    public const string OrganRemoval = "organ_removal";
    public const string Unclear = "unclear";
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } =
        [SexualExploitation, ForcedLabour, DomesticServitude, ForcedCriminality, OrganRemoval, Unclear, None];
}
