using System.Data.Common;
using System.Net.Sockets;
using Hotline.Configuration;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Messaging;

// Redelivery for outages longer than the consumer's quick retries (the database failing over,
// say). A message whose last quick retry failed on a transient error is sent, unchanged but for
// its redelivery count, to the redelivery queue of the next configured delay, with the name of
// its own queue as routing key; it comes back to that queue when the delay is over (see
// BrokerTopology.RedeliveryQueue). Once every delay is used, or for any other error, the
// exception goes on and MassTransit moves the message to the _error queue.
public sealed class RedeliveryFilter<TMessage>(
    BrokerSetup broker,
    IOptions<HotlineOptions> options,
    ILogger<RedeliveryFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public const string RedeliveredBy = "hotline-redelivery";

    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (IsTransient(exception) && !context.CancellationToken.IsCancellationRequested)
        {
            var delays = options.Value.Redelivery;
            var count = context.GetRedeliveryCount();
            if (count >= delays.Count)
            {
                throw;
            }

            var queue = BrokerTopology.QueueName(context.ReceiveContext.InputAddress);
            var delay = delays[count];
            try
            {
                await broker.EnsureDeclaredAsync(context.CancellationToken);
                var waiting = BrokerTopology.RedeliveryQueue(delay);
                var endpoint = await context.GetSendEndpoint(new Uri($"exchange:{waiting}?type=fanout"));
                await endpoint.Send(context.Message, new ForwardMessagePipe<TMessage>(context, Pipe.Execute<SendContext<TMessage>>(send =>
                {
                    send.Headers.Set(MessageHeaders.RedeliveryCount, count + 1);
                    var rabbit = send.GetPayload<RabbitMqSendContext>();
                    rabbit.RoutingKey = queue;

                    // Unroutable (the waiting queue missing) must fail, not vanish.
                    rabbit.Mandatory = true;
                })), context.CancellationToken);
            }
            catch (Exception redeliveryFailure)
            {
                logger.LogError(redeliveryFailure, "Could not set message {MessageId} from {Queue} aside for redelivery", context.MessageId, queue);
                throw new AggregateException(exception, redeliveryFailure);
            }

            logger.LogWarning(
                "Message {MessageId} from {Queue} failed ({Error}); redelivery {Count} of {Limit} in {Delay}",
                context.MessageId, queue, exception.GetType().Name, count + 1, delays.Count, delay);
            await context.NotifyConsumed(context, context.ReceiveContext.ElapsedTime, RedeliveredBy);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("hotline-redelivery");

    // Failures that waiting can cure: the database or the network, not the message itself.
    static bool IsTransient(Exception exception) =>
        exception switch
        {
            DbException or TimeoutException or SocketException or IOException => true,
            AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient),
            _ => exception.InnerException is { } inner && IsTransient(inner),
        };
}
