using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hotline.Privacy;

// Encrypts personal data (phone numbers, message texts) with AES-256-GCM before it is stored,
// and hashes phone numbers with a separate key so that repeat callers can be linked without
// storing the number twice or in clear.
//
// A sealed value is nonce (12 bytes) | tag (16 bytes) | ciphertext. The purpose (which column
// it belongs to) is bound as associated data, so a value copied into another column fails to open.
public sealed class PersonalDataProtector
{
    public const int KeySizeInBytes = 32;
    const int NonceSize = 12;
    const int TagSize = 16;

    readonly Dictionary<string, byte[]> _keys;
    readonly byte[] _hashKey;

    public PersonalDataProtector(IOptions<PrivacyOptions> options)
    {
        var privacy = options.Value;
        _keys = privacy.Keys.ToDictionary(pair => pair.Key, pair => Convert.FromBase64String(pair.Value));
        _hashKey = Convert.FromBase64String(privacy.HashKey);
        CurrentKeyId = privacy.CurrentKeyId;
    }

    public string CurrentKeyId { get; }

    public byte[] Encrypt(string plaintext, string purpose)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedValue = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(_keys[CurrentKeyId], TagSize);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return sealedValue;
    }

    public string Decrypt(byte[] sealedValue, string keyId, string purpose)
    {
        if (sealedValue.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The value is too short to be an encrypted value.");
        }

        if (_keys.TryGetValue(keyId, out var named) && TryOpen(named, sealedValue, purpose) is { } plain)
        {
            return plain;
        }

        // A row has one key_id, but its values can come from several messages (a call's transcript
        // and recording arrive after the caller's number): during a rotation one may be sealed with
        // the other key. GCM's tag tells the right key apart, so every configured key is tried.
        foreach (var (otherId, other) in _keys)
        {
            if (otherId != keyId && TryOpen(other, sealedValue, purpose) is { } opened)
            {
                return opened;
            }
        }

        throw new CryptographicException(_keys.ContainsKey(keyId)
            ? $"The value does not open with key '{keyId}' or any other configured key for {purpose}: tampered with, or moved from another column."
            : $"No key with id '{keyId}' is configured under Privacy:Keys, and no other key opens the value.");
    }

    static string? TryOpen(byte[] key, byte[] sealedValue, string purpose)
    {
        var plain = new byte[sealedValue.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(
                sealedValue.AsSpan(0, NonceSize),
                sealedValue.AsSpan(NonceSize + TagSize),
                sealedValue.AsSpan(NonceSize, TagSize),
                plain,
                Encoding.UTF8.GetBytes(purpose));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    // HMAC-SHA256 of the number as Twilio sends it (E.164, or a short code / alphanumeric sender).
    public byte[] HashPhoneNumber(string phoneNumber) =>
        HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(phoneNumber.Trim()));
}
