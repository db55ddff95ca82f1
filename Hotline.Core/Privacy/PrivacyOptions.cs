namespace Hotline.Privacy;

// The Privacy configuration section. Every value here is a secret: user secrets, environment
// variables (Privacy__Keys__2026a) or a secret store, never committed JSON.
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    // The id of the key that encrypts new rows; stored beside each row so that old rows still
    // decrypt after a rotation.
    public string CurrentKeyId { get; set; } = "";

    // Key id → Base64 of a 256-bit AES key.
    public Dictionary<string, string> Keys { get; set; } = [];

    // Base64 of at least 256 bits for the keyed hash that links repeat callers.
    public string HashKey { get; set; } = "";
}
