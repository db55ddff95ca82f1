using Hotline.Triage;

namespace Hotline.Tests.Triage;

// Loading Lingua's language models takes seconds; every test shares the process's classifier, as the hosts do.
internal static class SharedClassifier
{
    public static TriageClassifier Instance => TriageClassifier.Shared;
}
