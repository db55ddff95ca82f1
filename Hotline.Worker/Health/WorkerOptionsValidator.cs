using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Hotline.Worker.Health;

public sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var urls = Split(options.Urls);
        if (urls.Length == 0)
        {
            return ValidateOptionsResult.Fail("Worker:Urls must name at least one URL, e.g. http://+:8081.");
        }

        var failures = urls.Where(url => !IsHttpAddress(url))
            .Select(url => $"Worker:Urls has '{url}', which is not an http:// address, e.g. http://+:8081.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static string[] Split(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // As Kestrel reads it (so http://+:8081 and http://*:8081 are accepted). Plain HTTP only:
    // probes and scrapes come from inside the cluster, and the worker has no certificate.
    static bool IsHttpAddress(string url)
    {
        try
        {
            var address = BindingAddress.Parse(url);
            return address.Scheme == "http" && !address.IsUnixPipe;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
