using Hotline.Data;
using Hotline.Hosting;
using Hotline.Privacy;

namespace Hotline.Worker.Commands;

// dotnet run --project Hotline.Worker -- reencrypt [--rehash]
// With the same configuration as the worker (database, Privacy:*). Safe beside the running service.
public static class ReEncryptCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var rehash = args.Contains("--rehash");
        var builder = Host.CreateApplicationBuilder([.. args.Where(arg => arg != "--rehash")]);
        builder.AddHotlineCore();
        builder.Services.AddSingleton<ReEncryption>();
        using var host = builder.Build();

        // The columns it reads must exist; the migrations are forward-only and idempotent.
        host.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        var protector = host.Services.GetRequiredService<PersonalDataProtector>();
        await error.WriteLineAsync($"reencrypt: sealing with key '{protector.CurrentKeyId}'{(rehash ? ", re-hashing with the current hash key" : "")}");
        var report = await host.Services.GetRequiredService<ReEncryption>().RunAsync(rehash, error, CancellationToken.None);
        await output.WriteLineAsync($"contacts {report.Contacts}, staff {report.Staff}, alert_deliveries {report.AlertDeliveries}");
        return 0;
    }
}
