using Microsoft.Extensions.Options;

namespace Hotline.Reports;

public sealed class ReportOptionsValidator : IValidateOptions<ReportOptions>
{
    public const int MaxSuppressBelow = 100;

    public ValidateOptionsResult Validate(string? name, ReportOptions options) =>
        options.SuppressBelow is < 1 or > MaxSuppressBelow
            ? ValidateOptionsResult.Fail($"Reports:SuppressBelow must be between 1 (suppress nothing) and {MaxSuppressBelow}.")
            : ValidateOptionsResult.Success;
}
