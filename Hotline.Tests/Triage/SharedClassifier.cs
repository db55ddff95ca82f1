using Hotline.Triage;

namespace Hotline.Tests.Triage;

// Loading Lingua's language models takes seconds; every test shares one classifier, as the service does.
internal static class SharedClassifier
{
    private static readonly Lazy<TriageClassifier> Lazy = new(() => new TriageClassifier());

    public static TriageClassifier Instance => Lazy.Value;
}
