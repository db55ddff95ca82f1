namespace Hotline.Configuration;

// Names under the standard ConnectionStrings section.
public static class ConnectionStrings
{
    public const string Hotline = "Hotline";
    public const string RabbitMq = "RabbitMq";
}
