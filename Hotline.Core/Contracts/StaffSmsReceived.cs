namespace Hotline.Contracts;

// An SMS from a registered staff phone: a command (such as "OK 4821"), not a contact.
public sealed record StaffSmsReceived
{
    public required string MessageSid { get; init; }

    public required long StaffId { get; init; }

    public required byte[] EncryptedBody { get; init; }

    public required byte[] EncryptedFrom { get; init; }

    public required string KeyId { get; init; }
}
