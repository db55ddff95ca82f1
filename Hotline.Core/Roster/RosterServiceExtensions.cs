using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Roster;

public static class RosterServiceExtensions
{
    public static IServiceCollection AddRoster(this IServiceCollection services)
    {
        services.AddSingleton<RosterStore>();
        services.AddSingleton<CalendarImporter>();

        // The calendar URL is an admin's, but still a remote server: bound its time and size.
        services.AddHttpClient<CalendarFetcher>(client =>
        {
            client.Timeout = CalendarFetcher.Timeout;
            client.MaxResponseContentBufferSize = CalendarFetcher.MaxBytes;
        });
        return services;
    }
}
