namespace Hotline.Api.Intake;

// What the webhooks' last publish showed of the broker, for DeadlinePublisher to choose its
// order: straight to a broker that took the last message, through the spool first to one that
// did not.
public sealed class BrokerAvailability
{
    volatile bool _failing;

    public bool Failing => _failing;

    public void PublishFailed() => _failing = true;

    public void PublishSucceeded() => _failing = false;
}
