using System.Security.Cryptography;
using System.Text.Json;
using Hotline.Privacy;
using Hotline.Twilio;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Hosting;

namespace Hotline.Configuration;

// Lets `dotnet run` work with no configuration at all: in Development, the secrets that are not
// configured (the Twilio auth token, the encryption and hash keys) are generated once into a file
// in the data folder, readable by its owner only, and read as the lowest-priority source, so that
// user secrets and environment variables still win. Other environments must configure them.
public static class DevelopmentSecrets
{
    public const string FileName = "development-secrets.json";

    static readonly string[] RequiredKeys =
    [
        $"{TwilioOptions.Section}:AuthToken",
        $"{PrivacyOptions.Section}:CurrentKeyId",
        $"{PrivacyOptions.Section}:HashKey",
    ];

    // Returns the path of the file it read, or null when nothing was needed.
    public static string? AddDevelopmentSecrets(this IHostApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || RequiredKeys.All(key => !string.IsNullOrEmpty(builder.Configuration[key])))
        {
            return null;
        }

        var dataDirectory = builder.Configuration[$"{HotlineOptions.Section}:DataDirectory"] ?? HotlineOptions.DefaultDataDirectory;
        var path = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(path, options);
            JsonSerializer.Serialize(stream, Generate());
        }

        var source = new JsonConfigurationSource { Path = path, Optional = false };
        source.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, source);
        return path;
    }

    static object Generate() => new
    {
        Twilio = new { AuthToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) },
        Privacy = new
        {
            CurrentKeyId = "dev1",
            Keys = new Dictionary<string, string> { ["dev1"] = RandomBase64(PersonalDataProtector.KeySizeInBytes) },
            HashKey = RandomBase64(PersonalDataProtector.KeySizeInBytes),
        },
    };

    static string RandomBase64(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));
}
