namespace Hotline.Contacts;

public sealed record StoredContact
{
    public long Id { get; init; }

    public string Channel { get; init; } = "";

    public string SourceSid { get; init; } = "";

    public DateTime ReceivedAt { get; init; }

    public byte[] CallerHash { get; init; } = [];

    public byte[] CallerNumber { get; init; } = [];

    public byte[]? Body { get; init; }

    public string KeyId { get; init; } = "";
}
