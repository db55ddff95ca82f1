using Hotline.Alerts;
using Hotline.Audit;
using Hotline.Configuration;
using Hotline.Contacts;
using Hotline.Data;
using Hotline.Messaging;
using Hotline.Privacy;
using Hotline.Retention;
using Hotline.Roster;
using Hotline.Sms;
using Hotline.Triage;
using Hotline.Twilio;
using Hotline.Voice;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Hosting;

// The composition shared by the API and the worker. Each process's own Add…Services method
// calls these and adds what only it has.
public static class HotlineServiceExtensions
{
    // Options, the database, the protector of personal data, and each feature's stores and services.
    public static IHostApplicationBuilder AddHotlineCore(this IHostApplicationBuilder builder)
    {
        builder.AddDevelopmentSecrets();

        var services = builder.Services;
        services.AddOptions<HotlineOptions>().BindConfiguration(HotlineOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HotlineOptions>, HotlineOptionsValidator>();
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddOptions<VoiceOptions>().BindConfiguration(VoiceOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VoiceOptions>, VoiceOptionsValidator>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HotlineDatabase>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<ContactStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<IAuditLog>(provider => provider.GetRequiredService<AuditStore>());

        // The classifier loads its language models and lexicons once per process; Classify is thread-safe.
        services.AddSingleton(new Lazy<TriageClassifier>(() => TriageClassifier.Shared));
        services.AddSingleton<ContactTriage>();
        services.AddSingleton<TriageStore>();

        services.AddRoster();

        // Alerts, their escalation, and the SMS they go out as.
        services.AddSingleton<AlertStore>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<Escalator>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton<DailySummary>();
        services.AddSmsSender(builder.Configuration);

        // Calls: their store, the triage of missed calls from the menu choice, and the roster as a
        // live call reads it (one cached copy per process, hence a singleton).
        services.AddSingleton<CallStore>();
        services.AddSingleton<VoiceTriage>();
        services.AddSingleton<VoiceRoster>();
        services.AddHostedService<StartupSummary>();
        return builder;
    }

    // Simulated: recorded, never sent. Live: Twilio's REST API, or Twilio:ApiBaseUrl instead.
    static void AddSmsSender(this IServiceCollection services, IConfiguration configuration)
    {
        var twilio = configuration.GetSection(TwilioOptions.Section).Get<TwilioOptions>() ?? new TwilioOptions();
        if (twilio.Mode == TwilioMode.Simulated)
        {
            services.AddSingleton<SimulatedSmsSender>();
            services.AddSingleton<ISmsSender>(provider => provider.GetRequiredService<SimulatedSmsSender>());
            return;
        }

        services.AddSingleton<ISmsSender>(provider =>
        {
            // One long-lived client whose connections are renewed, so DNS changes are seen.
            HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
            if (twilio.ApiBaseUrl is { } apiBaseUrl)
            {
                handler = new ApiBaseUrlHandler(apiBaseUrl) { InnerHandler = handler };
            }

            var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
            return new TwilioSmsSender(provider.GetRequiredService<IOptions<TwilioOptions>>(), http);
        });
    }

    // The bus on the configured transport. With hostConsumers, this process also runs the
    // worker's consumers (the worker itself, or the API in the embedded default) and migrates
    // the database first.
    public static IHostApplicationBuilder AddHotlineMessaging(this IHostApplicationBuilder builder, bool hostConsumers)
    {
        var configuration = builder.Configuration;
        var hotline = configuration.GetSection(HotlineOptions.Section).Get<HotlineOptions>() ?? new HotlineOptions();

        if (hostConsumers && hotline.MigrateOnStart)
        {
            // Before AddMassTransit: hosted services start in registration order.
            builder.Services.AddHostedService<MigrationService>();
        }

        if (hostConsumers)
        {
            builder.Services.AddHostedService<TriageWarmUp>();
            builder.Services.AddHostedService<AlertingService>();

            // Triages the missed calls whose transcript did not come in time.
            builder.Services.AddHostedService<VoiceTriageSweep>();

            // Erases the personal data of contacts older than Retention:AnonymiseAfter.
            builder.Services.AddSingleton<Anonymiser>();
            builder.Services.AddHostedService<RetentionService>();
        }

        if (hotline.Transport == TransportKind.RabbitMq)
        {
            // The error and redelivery queues, which MassTransit does not declare up front.
            builder.Services.AddSingleton<BrokerSetup>();
            if (hostConsumers)
            {
                builder.Services.AddHostedService<BrokerSetupService>();
            }
        }

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();

            // The bus's own health check: a broker that is down degrades readiness but does not
            // fail it (see the API's /health/ready).
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "broker";
                health.MinimalFailureStatus = HealthStatus.Degraded;
                health.Tags.Add("ready");
            });
            if (hostConsumers)
            {
                bus.AddConsumer<SmsReceivedConsumer, SmsReceivedConsumerDefinition>();
                bus.AddConsumer<TriageConsumer, TriageConsumerDefinition>();
                bus.AddConsumer<AlertConsumer, AlertConsumerDefinition>();
                bus.AddConsumer<AcknowledgementConsumer, AcknowledgementConsumerDefinition>();
                bus.AddConsumer<DeliveryStatusConsumer, DeliveryStatusConsumerDefinition>();
                bus.AddConsumer<CallEventConsumer, CallEventConsumerDefinition>();
            }

            if (hotline.Transport == TransportKind.RabbitMq)
            {
                // Checked here as well as by the options validator: the bus is composed before
                // the validator runs, and must not start on a wrong address.
                var brokerUri = HotlineOptionsValidator.RabbitMqUri(configuration)
                    ?? throw new InvalidOperationException(HotlineOptionsValidator.RabbitMqUriRequired);
                // Quorum queues, their delivery limit and prefetch: see Messaging/BrokerTopology.
                bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator queue)
                    {
                        BrokerTopology.ConfigureQueue(queue, hotline);
                    }
                });
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(brokerUri);
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });

        // Start-up must not wait for the broker: the API has to answer Twilio even while
        // RabbitMQ is down, and MassTransit keeps reconnecting in the background.
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = false;
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
