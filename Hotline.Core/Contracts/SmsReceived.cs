namespace Hotline.Contracts;

public sealed record SmsReceived;
