using Hotline.Privacy;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Support;

public static class TestProtector
{
    public static PersonalDataProtector Create() => new(Options.Create(new PrivacyOptions
    {
        CurrentKeyId = TestSecrets.KeyId,
        Keys = new() { [TestSecrets.KeyId] = TestSecrets.EncryptionKey },
        HashKey = TestSecrets.HashKey,
    }));
}
