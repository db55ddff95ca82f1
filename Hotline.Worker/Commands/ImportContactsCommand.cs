using Hotline.Configuration;
using Hotline.Data;
using Hotline.Reports;
using Microsoft.Extensions.Options;

namespace Hotline.Worker.Commands;

// dotnet run --project Hotline.Worker -- import-contacts FILE.csv
// Reads the same configuration as the worker (Hotline:Database, ConnectionStrings:Hotline), so it
// imports into the database the service uses; it needs no broker and no secrets.
public static class ImportContactsCommand
{
    public static int Run(string path, string[] args, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"import-contacts: no file {path}");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddOptions<HotlineOptions>().BindConfiguration(HotlineOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<HotlineOptions>, HotlineOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<HotlineDatabase>();
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddSingleton<HistoricalContactImporter>();
        using var host = builder.Build();

        try
        {
            _ = host.Services.GetRequiredService<IOptions<HotlineOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine($"import-contacts: {exception.Message}");
            return 2;
        }

        // The table may be new to this database; the migrations are idempotent.
        host.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        var result = host.Services.GetRequiredService<HistoricalContactImporter>()
            .ImportAsync(path, error, CancellationToken.None).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                error.WriteLine($"import-contacts: {problem}");
            }

            if (result.MoreProblems > 0)
            {
                error.WriteLine($"import-contacts: … and {result.MoreProblems} more problems");
            }

            error.WriteLine("import-contacts: nothing was imported");
            return 1;
        }

        output.WriteLine($"import-contacts: {result.Rows} rows, {result.Imported} imported, {result.AlreadyThere} already there");
        return 0;
    }
}
