using System.Security.Cryptography;

namespace Hotline.Tests.Support;

// Fresh secrets for each test run: nothing here is a real credential.
public static class TestSecrets
{
    public const string AuthToken = "0123456789abcdef0123456789abcdef";
    public const string KeyId = "test1";

    public static readonly string EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static readonly string HashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    // As configuration keys, for hosts built in process and (with __ for :) for child processes.
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Twilio:AuthToken"] = AuthToken,
        ["Privacy:CurrentKeyId"] = KeyId,
        [$"Privacy:Keys:{KeyId}"] = EncryptionKey,
        ["Privacy:HashKey"] = HashKey,
    };
}
